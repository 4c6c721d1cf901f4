package jp.shinchoku.plan;

/**
 * A plan was stored, new or as its next revision, in the transaction now running: modules that keep
 * a copy of its heading (the public lists) update it in the same transaction.
 */
public record PlanStored(PlanHeading plan) {
}
