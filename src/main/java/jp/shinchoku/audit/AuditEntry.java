package jp.shinchoku.audit;

import java.time.OffsetDateTime;

/** One line of the audit log. */
public record AuditEntry(long id, OffsetDateTime recordedAt, String actor, Long organizationId, String action,
        String subject, String detail) {
}
