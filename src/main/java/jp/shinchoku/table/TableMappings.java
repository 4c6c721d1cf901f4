package jp.shinchoku.table;

import java.util.List;
import java.util.Optional;
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

    private final JdbcClient jdbc;
    private final PlanStore plans;

    public TableMappings(JdbcClient jdbc, PlanStore plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Transactional
    public void save(String organization, String name, MappingOverride mapping, String actor) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a saved mapping needs a name");
        }
        long organizationId = plans.organizationId(organization.strip());
        jdbc.sql("""
                INSERT INTO table_mapping (organization_id, name, mapping, saved_by) VALUES (?, ?, ?::jsonb, ?)
                ON CONFLICT (organization_id, name)
                DO UPDATE SET mapping = excluded.mapping, saved_by = excluded.saved_by, saved_at = now()""")
                .params(organizationId, name.strip(), MappingJson.write(mapping), actor).update();
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
