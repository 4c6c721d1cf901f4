package jp.shinchoku.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.ScheduleRow;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads initiatives with everything they hold, one query per table, either all those of a plan or
 * a single one: the same queries under another condition, so the two can never assemble an
 * initiative differently.
 */
final class InitiativeReader {

    private record Row(long id, long planId, long sectionId, int position, int version, String code, String label,
            String title, Integer target) {
    }

    private record Department(long id, String name) {
    }

    private final JdbcClient jdbc;
    /** The condition on {@code initiative i} and its one parameter. */
    private final String scope;
    private final long key;
    private final Map<Long, Map<String, List<Department>>> departments = new HashMap<>();

    private InitiativeReader(JdbcClient jdbc, String scope, long key) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.key = key;
    }

    static InitiativeReader ofPlan(JdbcClient jdbc, long planId) {
        return new InitiativeReader(jdbc, "i.plan_id = ?", planId);
    }

    static InitiativeReader ofInitiative(JdbcClient jdbc, long initiativeId) {
        return new InitiativeReader(jdbc, "i.id = ?", initiativeId);
    }

    /** The initiatives in their sections' order, each section's by position. */
    List<StoredInitiative> read() {
        List<Row> rows = jdbc.sql("""
                SELECT i.id, i.plan_id, i.section_id, i.position, i.version, i.code, i.label, i.title,
                       i.target_fiscal_year
                FROM initiative i WHERE %s ORDER BY i.section_id, i.position""".formatted(scope))
                .param(key)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("section_id"),
                        rs.getInt("position"), rs.getInt("version"), rs.getString("code"), rs.getString("label"),
                        rs.getString("title"), (Integer) rs.getObject("target_fiscal_year", Integer.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LabeledText>> texts = grouped("""
                SELECT t.initiative_id AS owner, t.label, t.body FROM initiative_text t
                JOIN initiative i ON i.id = t.initiative_id WHERE %s ORDER BY t.initiative_id, t.position""",
                rs -> new LabeledText(rs.getString("label"), rs.getString("body")));
        jdbc.sql("""
                SELECT x.initiative_id, x.role, d.id, d.name FROM initiative_department x
                JOIN department d ON d.id = x.department_id JOIN initiative i ON i.id = x.initiative_id
                WHERE %s ORDER BY x.initiative_id, x.role, x.position""".formatted(scope))
                .param(key)
                .query(rs -> {
                    departments.computeIfAbsent(rs.getLong("initiative_id"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString("role"), k -> new ArrayList<>())
                            .add(new Department(rs.getLong("id"), rs.getString("name")));
                });
        Map<Long, List<Contact>> contacts = grouped("""
                SELECT c.initiative_id AS owner, d.name, c.phone, c.note FROM contact c
                JOIN department d ON d.id = c.department_id JOIN initiative i ON i.id = c.initiative_id
                WHERE %s ORDER BY c.initiative_id, c.position""",
                rs -> new Contact(rs.getString("name"), rs.getString("phone"), rs.getString("note")));
        Map<Long, List<ScheduleRow>> schedules = grouped("""
                SELECT r.initiative_id AS owner, r.task, r.fiscal_years FROM schedule_row r
                JOIN initiative i ON i.id = r.initiative_id WHERE %s ORDER BY r.initiative_id, r.position""",
                rs -> new ScheduleRow(rs.getString("task"), InitiativeWriter.years(rs.getArray("fiscal_years"))));
        Map<Long, List<Indicator>> indicators = indicators();
        List<StoredInitiative> read = new ArrayList<>();
        for (Row i : rows) {
            Initiative initiative = new Initiative(i.code(), i.label(), i.title(), names(i.id(), "owner"),
                    names(i.id(), "related"), contacts.getOrDefault(i.id(), List.of()), i.target(),
                    texts.getOrDefault(i.id(), List.of()), schedules.getOrDefault(i.id(), List.of()),
                    indicators.getOrDefault(i.id(), List.of()));
            read.add(new StoredInitiative(i.id(), i.planId(), i.sectionId(), i.position(), i.version(), initiative));
        }
        return read;
    }

    /** The ids of the departments in the role ("owner" or "related") of an initiative {@link #read} read. */
    List<Long> departmentIds(long initiativeId, String role) {
        return departments(initiativeId, role).stream().map(Department::id).toList();
    }

    private List<String> names(long initiativeId, String role) {
        return departments(initiativeId, role).stream().map(Department::name).toList();
    }

    private List<Department> departments(long initiativeId, String role) {
        return departments.getOrDefault(initiativeId, Map.of()).getOrDefault(role, List.of());
    }

    private Map<Long, List<Indicator>> indicators() {
        Map<Long, List<IndicatorValue>> values = grouped("""
                SELECT v.indicator_id AS owner, v.* FROM indicator_value v JOIN indicator k ON k.id = v.indicator_id
                JOIN initiative i ON i.id = k.initiative_id WHERE %s ORDER BY v.indicator_id, v.fiscal_year""",
                rs -> new IndicatorValue(rs.getInt("fiscal_year"), rs.getString("name"), measure(rs, "target"),
                        measure(rs, "actual"), rs.getString("note"), null));
        return grouped("""
                SELECT k.initiative_id AS owner, k.* FROM indicator k JOIN initiative i ON i.id = k.initiative_id
                WHERE %s ORDER BY k.initiative_id, k.position""",
                rs -> {
                    Measure baseline = measure(rs, "baseline");
                    Integer year = (Integer) rs.getObject("baseline_fiscal_year", Integer.class);
                    return new Indicator(rs.getString("label"), rs.getString("name"), rs.getString("note"),
                            baseline == null && year == null ? null : new Baseline(year, baseline),
                            values.getOrDefault(rs.getLong("id"), List.of()));
                });
    }

    private static Measure measure(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_text");
        if (text == null) {
            return null;
        }
        BigDecimal number = rs.getBigDecimal(prefix + "_number");
        return new Measure(text, number, rs.getString(prefix + "_unit"));
    }

    private <T> Map<Long, List<T>> grouped(String sql, RowReader<T> reader) {
        Map<Long, List<T>> map = new HashMap<>();
        jdbc.sql(sql.formatted(scope)).param(key).query(rs -> {
            map.computeIfAbsent(rs.getLong("owner"), k -> new ArrayList<>()).add(reader.read(rs));
        });
        return map;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
