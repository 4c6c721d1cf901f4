package jp.shinchoku.plan;

/** What saving a plan did: its id, the revision now current, and whether the plan is new. */
public record SavedPlan(long planId, int revision, boolean created) {
}
