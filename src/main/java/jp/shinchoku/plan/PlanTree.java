package jp.shinchoku.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one plan's rows, one query per table, and assembles the document, noting each row's id. */
final class PlanTree {

    private static Measure measure(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_text");
        if (text == null) {
            return null;
        }
        BigDecimal number = rs.getBigDecimal(prefix + "_number");
        return new Measure(text, number, rs.getString(prefix + "_unit"));
    }

    record PlanRow(String organization, String title, java.time.LocalDate asOf, List<Integer> fiscalYears,
            String sourceFile, String sourceLayout) {
    }

    private record SectionRow(long id, Long parentId, String label, String title) {
    }

    private record InitiativeRow(long id, long sectionId, int position, int version, String code, String label,
            String title, Integer target) {
    }

    /** Reads one plan's rows, one query per table, and assembles the document. */
    private final long planId;
    private final JdbcClient jdbc;
    final List<StoredInitiative> stored = new ArrayList<>();
    final List<StoredSection> sectionRefs = new ArrayList<>();

    PlanTree(JdbcClient jdbc, long planId) {
        this.jdbc = jdbc;
        this.planId = planId;
    }

    /** The initiatives of the plan with their ids, in no particular order. */
    List<StoredInitiative> initiatives() {
        document(new PlanRow(null, null, null, List.of(), null, null));
        return stored;
    }

    PlanDocument document(PlanRow p) {
        List<SectionRow> sections = jdbc.sql("""
                SELECT id, parent_id, label, title FROM section WHERE plan_id = ? ORDER BY parent_id NULLS FIRST, position""")
                .param(planId)
                .query((rs, n) -> new SectionRow(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                        rs.getString("label"), rs.getString("title")))
                .list();
        List<InitiativeRow> initiatives = jdbc.sql("""
                SELECT id, section_id, position, version, code, label, title, target_fiscal_year FROM initiative
                WHERE plan_id = ? ORDER BY section_id, position""")
                .param(planId)
                .query((rs, n) -> new InitiativeRow(rs.getLong("id"), rs.getLong("section_id"), rs.getInt("position"),
                        rs.getInt("version"), rs.getString("code"),
                        rs.getString("label"), rs.getString("title"),
                        (Integer) rs.getObject("target_fiscal_year", Integer.class)))
                .list();
        Map<Long, List<LabeledText>> sectionTexts = texts("""
                SELECT t.section_id AS owner, t.label, t.body FROM section_text t JOIN section s ON s.id = t.section_id
                WHERE s.plan_id = ? ORDER BY t.section_id, t.position""");
        Map<Long, List<LabeledText>> initiativeTexts = texts("""
                SELECT t.initiative_id AS owner, t.label, t.body FROM initiative_text t
                JOIN initiative i ON i.id = t.initiative_id WHERE i.plan_id = ? ORDER BY t.initiative_id, t.position""");
        Map<Long, List<String>> owners = departments("owner");
        Map<Long, List<String>> related = departments("related");
        Map<Long, List<Contact>> contacts = grouped("""
                SELECT c.initiative_id AS owner, d.name, c.phone, c.note FROM contact c
                JOIN department d ON d.id = c.department_id JOIN initiative i ON i.id = c.initiative_id
                WHERE i.plan_id = ? ORDER BY c.initiative_id, c.position""",
                rs -> new Contact(rs.getString("name"), rs.getString("phone"), rs.getString("note")));
        Map<Long, List<ScheduleRow>> schedules = grouped("""
                SELECT r.initiative_id AS owner, r.task, r.fiscal_years FROM schedule_row r
                JOIN initiative i ON i.id = r.initiative_id WHERE i.plan_id = ? ORDER BY r.initiative_id, r.position""",
                rs -> new ScheduleRow(rs.getString("task"), InitiativeWriter.years(rs.getArray("fiscal_years"))));
        Map<Long, List<Indicator>> indicators = indicators();

        Map<Long, List<Initiative>> bySection = new HashMap<>();
        for (InitiativeRow i : initiatives) {
            Initiative initiative = new Initiative(i.code(), i.label(),
                    i.title(), owners.getOrDefault(i.id(), List.of()), related.getOrDefault(i.id(), List.of()),
                    contacts.getOrDefault(i.id(), List.of()), i.target(), initiativeTexts.getOrDefault(i.id(), List.of()),
                    schedules.getOrDefault(i.id(), List.of()), indicators.getOrDefault(i.id(), List.of()));
            bySection.computeIfAbsent(i.sectionId(), k -> new ArrayList<>()).add(initiative);
            stored.add(new StoredInitiative(i.id(), planId, i.sectionId(), i.position(), i.version(), initiative));
        }
        sections.forEach(x -> sectionRefs.add(new StoredSection(x.id(), x.parentId(), x.label(), x.title())));
        Map<Long, List<SectionRow>> children = new LinkedHashMap<>();
        List<SectionRow> roots = new ArrayList<>();
        for (SectionRow s : sections) {
            if (s.parentId() == null) {
                roots.add(s);
            } else {
                children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<LabeledText> planTexts = jdbc.sql("SELECT label, body FROM plan_text WHERE plan_id = ? ORDER BY position")
                .param(planId).query((rs, n) -> new LabeledText(rs.getString("label"), rs.getString("body"))).list();
        return new PlanDocument(PlanDocument.FORMAT, p.organization(), p.title(), p.asOf(), p.fiscalYears(),
                p.sourceLayout() == null && p.sourceFile() == null ? null : new Source(p.sourceFile(), p.sourceLayout()),
                planTexts, roots.stream().map(s -> build(s, children, bySection, sectionTexts)).toList());
    }

    private Section build(SectionRow s, Map<Long, List<SectionRow>> children, Map<Long, List<Initiative>> initiatives,
            Map<Long, List<LabeledText>> texts) {
        return new Section(s.label(), s.title(), texts.getOrDefault(s.id(), List.of()),
                children.getOrDefault(s.id(), List.of()).stream().map(c -> build(c, children, initiatives, texts)).toList(),
                initiatives.getOrDefault(s.id(), List.of()));
    }

    private Map<Long, List<LabeledText>> texts(String sql) {
        return grouped(sql, rs -> new LabeledText(rs.getString("label"), rs.getString("body")));
    }

    private Map<Long, List<String>> departments(String role) {
        return grouped("""
                SELECT x.initiative_id AS owner, d.name FROM initiative_department x
                JOIN department d ON d.id = x.department_id JOIN initiative i ON i.id = x.initiative_id
                WHERE i.plan_id = ? AND x.role = ? ORDER BY x.initiative_id, x.position""",
                rs -> rs.getString("name"), role);
    }

    private Map<Long, List<Indicator>> indicators() {
        Map<Long, List<IndicatorValue>> values = grouped("""
                SELECT v.indicator_id AS owner, v.* FROM indicator_value v JOIN indicator k ON k.id = v.indicator_id
                JOIN initiative i ON i.id = k.initiative_id WHERE i.plan_id = ? ORDER BY v.indicator_id, v.fiscal_year""",
                rs -> new IndicatorValue(rs.getInt("fiscal_year"), rs.getString("name"), measure(rs, "target"),
                        measure(rs, "actual"), rs.getString("note"), null));
        return grouped("""
                SELECT k.initiative_id AS owner, k.* FROM indicator k JOIN initiative i ON i.id = k.initiative_id
                WHERE i.plan_id = ? ORDER BY k.initiative_id, k.position""",
                rs -> {
                    Measure baseline = measure(rs, "baseline");
                    Integer year = (Integer) rs.getObject("baseline_fiscal_year", Integer.class);
                    return new Indicator(rs.getString("label"), rs.getString("name"), rs.getString("note"),
                            baseline == null && year == null ? null : new Baseline(year, baseline),
                            values.getOrDefault(rs.getLong("id"), List.of()));
                });
    }

    private <T> Map<Long, List<T>> grouped(String sql, RowReader<T> reader, Object... more) {
        Map<Long, List<T>> map = new HashMap<>();
        List<Object> params = new ArrayList<>(List.of(planId));
        params.addAll(Arrays.asList(more));
        jdbc.sql(sql).params(params).query(rs -> {
            map.computeIfAbsent(rs.getLong("owner"), k -> new ArrayList<>()).add(reader.read(rs));
        });
        return map;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
