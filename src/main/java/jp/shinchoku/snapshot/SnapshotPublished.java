package jp.shinchoku.snapshot;

/** A plan was published as of a date: page caches, search and open data turn over to it. */
public record SnapshotPublished(long planId, long snapshotId) {
}
