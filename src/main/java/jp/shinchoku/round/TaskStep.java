package jp.shinchoku.round;

import java.time.OffsetDateTime;

/** One step of a department's task: who did what (start, submit, return, approve), when, with what comment. */
public record TaskStep(OffsetDateTime recordedAt, String actor, String action, String comment) {
}
