package jp.shinchoku.plan;

import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocumentJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Appends an initiative's revisions: the whole initiative after each change, under its new version. */
final class RevisionLog {

    private final JdbcClient jdbc;

    RevisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the initiative as it now is; a deletion records its last content under the next version. */
    int record(long planId, long initiativeId, String actor, String action, String reason, Initiative content) {
        int version = action.equals("delete")
                ? jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM initiative_revision WHERE initiative_id = ?")
                        .param(initiativeId).query(Integer.class).single()
                : jdbc.sql("SELECT version FROM initiative WHERE id = ?").param(initiativeId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO initiative_revision (plan_id, initiative_id, version, actor, action, reason, document)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(planId, initiativeId, version, actor, action, reason,
                        content == null ? null : PlanDocumentJson.writeInitiative(content))
                .update();
        return version;
    }
}
