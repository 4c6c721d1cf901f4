package jp.shinchoku.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who did what: every write, login, export and publication. A write's
 * entry joins the write's transaction, so the two are kept or lost together.
 */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, Long organizationId, String action, String subject, String detail) {
        append(actor, organizationId, action, subject, detail);
    }

    /** For events outside a write (a login, a download): its own transaction. */
    @Transactional
    public void recordAlone(String actor, Long organizationId, String action, String subject, String detail) {
        append(actor, organizationId, action, subject, detail);
    }

    private void append(String actor, Long organizationId, String action, String subject, String detail) {
        jdbc.sql("INSERT INTO audit_entry (actor, organization_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)")
                .params(actor, organizationId, action, subject, detail).update();
    }

    /** The newest entries first; of one organisation, or of all when {@code organizationId} is null. */
    public List<AuditEntry> latest(Long organizationId, int limit) {
        return jdbc.sql("""
                SELECT id, recorded_at, actor, organization_id, action, subject, detail FROM audit_entry
                WHERE (CAST(? AS bigint) IS NULL OR organization_id = ?) ORDER BY id DESC LIMIT ?""")
                .params(organizationId, organizationId, limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getObject("organization_id", Long.class), rs.getString("action"),
                        rs.getString("subject"), rs.getString("detail")))
                .list();
    }
}
