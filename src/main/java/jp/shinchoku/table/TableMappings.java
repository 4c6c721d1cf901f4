package jp.shinchoku.table;

import java.util.List;
import java.util.Optional;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.plan.PlanStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mappings saved under a name per organisation: a person corrects the inferred mapping once, and
 * next year's table of the same layout imports with {@code --mapping NAME}. Saving a name again
 * replaces the mapping.
 */
@Service
public class TableMappings {

    private static final int LONGEST_NAME = 100;

    private final JdbcClient jdbc;
    private final PlanStore plans;
    private final AuditLog audit;

    public TableMappings(JdbcClient jdbc, PlanStore plans, AuditLog audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.audit = audit;
    }

    /**
     * Saves the mapping under the name for the organisation: its planning division (or the system)
     * only; the save is audited.
     *
     * @throws Forbidden for anybody else
     * @throws Invalid for a blank or overlong name
     */
    @Transactional
    public void save(Actor actor, String organization, String name, MappingOverride mapping) {
        if (name == null || name.isBlank() || name.strip().length() > LONGEST_NAME) {
            throw new Invalid(java.util.List.of(new Invalid.Problem("name", "mapping.nameNeeded", LONGEST_NAME)));
        }
        long organizationId = plans.organizationId(organization.strip());
        if (!actor.mayManage(organizationId)) {
            throw new Forbidden(actor, "表の対応付けの保存 (save a table mapping)");
        }
        String json = MappingJson.write(mapping);
        jdbc.sql("""
                INSERT INTO table_mapping (organization_id, name, mapping, saved_by) VALUES (?, ?, ?::jsonb, ?)
                ON CONFLICT (organization_id, name)
                DO UPDATE SET mapping = excluded.mapping, saved_by = excluded.saved_by, saved_at = now()""")
                .params(organizationId, name.strip(), json, actor.name()).update();
        audit.record(actor.name(), organizationId, "save-table-mapping", "mapping " + name.strip(), json);
    }

    public Optional<MappingOverride> find(String organization, String name) {
        return jdbc.sql("""
                SELECT m.mapping::text FROM table_mapping m JOIN organization o ON o.id = m.organization_id
                WHERE o.name = ? AND m.name = ?""")
                .params(organization.strip(), name.strip()).query(String.class).optional().map(MappingJson::read);
    }

    /** The names the organisation has saved, in order. */
    public List<String> names(String organization) {
        return jdbc.sql("""
                SELECT m.name FROM table_mapping m JOIN organization o ON o.id = m.organization_id
                WHERE o.name = ? ORDER BY m.name""")
                .param(organization.strip()).query(String.class).list();
    }
}
