package jp.shinchoku.importer;

/** A plan was imported: created ({@code created}) or updated to a new revision, by the actor, from the file. */
public record PlanImported(long planId, int revision, boolean created, String actor, String sourceFile) {
}
