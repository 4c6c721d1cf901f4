package jp.shinchoku.plan;

import java.time.OffsetDateTime;
import jp.shinchoku.plan.document.Initiative;

/** One version of an initiative: who made it, when, how (import, edit, restore …), why, and its content. */
public record InitiativeRevision(long initiativeId, int version, OffsetDateTime recordedAt, String actor, String action,
        String reason, Initiative content) {
}
