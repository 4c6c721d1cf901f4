package jp.shinchoku.plan;

import java.time.OffsetDateTime;

/** One stored version of a plan. */
public record PlanRevision(int revision, OffsetDateTime recordedAt, String actor, String action, String sourceFile) {
}
