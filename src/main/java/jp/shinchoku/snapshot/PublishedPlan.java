package jp.shinchoku.snapshot;

import jp.shinchoku.plan.document.PlanDocument;

/**
 * What the public sees of a plan: its latest published snapshot, or, for a plan never published,
 * the plan as stored ({@code snapshot} null), evaluated.
 */
public record PublishedPlan(long planId, Snapshot snapshot, PlanDocument document) {

    public boolean isPublished() {
        return snapshot != null;
    }

    /** A key that changes whenever what is shown changes: for the ETag and caches. */
    public String version() {
        return snapshot == null ? "live" : "s" + snapshot.id();
    }
}
