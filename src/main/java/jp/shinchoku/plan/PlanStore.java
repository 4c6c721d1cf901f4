package jp.shinchoku.plan;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps plans in PostgreSQL. Saving a plan that its organisation already has under the same title
 * replaces its tree and records a new revision; every revision is kept whole as a plan document.
 */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;

    public PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the document as a new plan, or as the next revision of the plan with its title. */
    @Transactional
    public SavedPlan save(PlanDocument document, String actor) {
        long organizationId = organizationId(document.organization());
        Optional<Long> existing = jdbc.sql("SELECT id FROM plan WHERE organization_id = ? AND title = ? FOR UPDATE")
                .params(organizationId, document.title()).query(Long.class).optional();
        long planId;
        int revision;
        if (existing.isPresent()) {
            planId = existing.get();
            revision = jdbc.sql("""
                    UPDATE plan SET as_of = ?, fiscal_years = ?, source_file = ?, source_layout = ?,
                           revision = revision + 1, updated_at = now()
                    WHERE id = ? RETURNING revision""")
                    .params(document.asOf(), years(document.fiscalYears()), sourceFile(document), sourceLayout(document), planId)
                    .query(Integer.class).single();
            jdbc.sql("DELETE FROM section WHERE plan_id = ?").param(planId).update();
            jdbc.sql("DELETE FROM plan_text WHERE plan_id = ?").param(planId).update();
        } else {
            planId = jdbc.sql("""
                    INSERT INTO plan (organization_id, title, as_of, fiscal_years, source_file, source_layout)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(organizationId, document.title(), document.asOf(), years(document.fiscalYears()),
                            sourceFile(document), sourceLayout(document))
                    .query(Long.class).single();
            revision = 1;
        }
        insertTexts("plan_text", "plan_id", planId, document.texts());
        Map<String, Long> departments = new HashMap<>();
        int position = 0;
        for (Section section : document.sections()) {
            insertSection(planId, null, position++, section, organizationId, departments);
        }
        jdbc.sql("""
                INSERT INTO plan_revision (plan_id, revision, actor, action, source_file, document)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)""")
                .params(planId, revision, actor, existing.isPresent() ? "reimport" : "import", sourceFile(document),
                        PlanDocumentJson.write(document))
                .update();
        return new SavedPlan(planId, revision, existing.isEmpty());
    }

    public List<PlanSummary> list() {
        return jdbc.sql("""
                SELECT p.id, o.name AS organization, p.title, p.as_of, p.fiscal_years, p.revision, p.source_layout,
                       (SELECT count(*) FROM initiative i WHERE i.plan_id = p.id) AS initiatives,
                       (SELECT count(*) FROM indicator k JOIN initiative i ON i.id = k.initiative_id
                         WHERE i.plan_id = p.id) AS indicators
                FROM plan p JOIN organization o ON o.id = p.organization_id
                ORDER BY p.id""")
                .query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getString("organization"), rs.getString("title"),
                        rs.getObject("as_of", java.time.LocalDate.class), years(rs.getArray("fiscal_years")),
                        rs.getInt("revision"), rs.getString("source_layout"), rs.getInt("initiatives"),
                        rs.getInt("indicators")))
                .list();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single() == 0;
    }

    /** The plan as a plan document, read with one query per table. */
    @Transactional(readOnly = true)
    public Optional<PlanDocument> load(long planId) {
        Optional<PlanRow> plan = jdbc.sql("""
                SELECT o.name AS organization, p.title, p.as_of, p.fiscal_years, p.source_file, p.source_layout
                FROM plan p JOIN organization o ON o.id = p.organization_id WHERE p.id = ?""")
                .param(planId)
                .query((rs, n) -> new PlanRow(rs.getString("organization"), rs.getString("title"),
                        rs.getObject("as_of", java.time.LocalDate.class), years(rs.getArray("fiscal_years")),
                        rs.getString("source_file"), rs.getString("source_layout")))
                .optional();
        return plan.map(p -> new Tree(planId).document(p));
    }

    /** Every stored version of a plan, oldest first. */
    public List<PlanRevision> revisions(long planId) {
        return jdbc.sql("""
                SELECT revision, recorded_at, actor, action, source_file FROM plan_revision
                WHERE plan_id = ? ORDER BY revision""")
                .param(planId)
                .query((rs, n) -> new PlanRevision(rs.getInt("revision"),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("action"), rs.getString("source_file")))
                .list();
    }

    /** The organisation's id, registered on first use: plans and other records of it hang from this id. */
    public long organizationId(String name) {
        return jdbc.sql("""
                INSERT INTO organization (name) VALUES (?)
                ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id""")
                .param(name).query(Long.class).single();
    }

    private long departmentId(long organizationId, String name, Map<String, Long> cache) {
        return cache.computeIfAbsent(name, n -> jdbc.sql("""
                INSERT INTO department (organization_id, name) VALUES (?, ?)
                ON CONFLICT (organization_id, name) DO UPDATE SET name = excluded.name RETURNING id""")
                .params(organizationId, n).query(Long.class).single());
    }

    private void insertSection(long planId, Long parentId, int position, Section section, long organizationId,
            Map<String, Long> departments) {
        long sectionId = jdbc.sql("""
                INSERT INTO section (plan_id, parent_id, position, label, title) VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(planId, parentId, position, section.label(), section.title()).query(Long.class).single();
        insertTexts("section_text", "section_id", sectionId, section.texts());
        int child = 0;
        for (Section sub : section.sections()) {
            insertSection(planId, sectionId, child++, sub, organizationId, departments);
        }
        int index = 0;
        for (Initiative initiative : section.initiatives()) {
            insertInitiative(planId, sectionId, index++, initiative, organizationId, departments);
        }
    }

    private void insertInitiative(long planId, long sectionId, int position, Initiative initiative, long organizationId,
            Map<String, Long> departments) {
        long id = jdbc.sql("""
                INSERT INTO initiative (plan_id, section_id, position, code, label, title, target_fiscal_year)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(planId, sectionId, position, initiative.code(), initiative.label(), initiative.title(),
                        initiative.targetFiscalYear())
                .query(Long.class).single();
        insertDepartments(id, "owner", initiative.ownerDepartments(), organizationId, departments);
        insertDepartments(id, "related", initiative.relatedDepartments(), organizationId, departments);
        int c = 0;
        for (Contact contact : initiative.contacts()) {
            jdbc.sql("INSERT INTO contact (initiative_id, position, department_id, phone, note) VALUES (?, ?, ?, ?, ?)")
                    .params(id, c++, departmentId(organizationId, contact.department(), departments), contact.phone(),
                            contact.note())
                    .update();
        }
        insertTexts("initiative_text", "initiative_id", id, initiative.texts());
        int s = 0;
        for (ScheduleRow row : initiative.schedule()) {
            jdbc.sql("INSERT INTO schedule_row (initiative_id, position, task, fiscal_years) VALUES (?, ?, ?, ?)")
                    .params(id, s++, row.task(), years(row.fiscalYears())).update();
        }
        int k = 0;
        for (Indicator indicator : initiative.indicators()) {
            insertIndicator(id, k++, indicator);
        }
    }

    private void insertIndicator(long initiativeId, int position, Indicator indicator) {
        Baseline baseline = indicator.baseline();
        Measure b = baseline == null ? null : baseline.value();
        long id = jdbc.sql("""
                INSERT INTO indicator (initiative_id, position, label, name, note, baseline_fiscal_year,
                                       baseline_text, baseline_number, baseline_unit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(initiativeId, position, indicator.label(), indicator.name(), indicator.note(),
                        baseline == null ? null : baseline.fiscalYear(), b == null ? null : b.text(),
                        b == null ? null : b.number(), b == null ? null : b.unit())
                .query(Long.class).single();
        for (IndicatorValue v : indicator.values()) {
            Measure t = v.target();
            Measure a = v.actual();
            jdbc.sql("""
                    INSERT INTO indicator_value (indicator_id, fiscal_year, name, target_text, target_number,
                                                 target_unit, actual_text, actual_number, actual_unit)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, v.fiscalYear(), v.name(), t == null ? null : t.text(), t == null ? null : t.number(),
                            t == null ? null : t.unit(), a == null ? null : a.text(), a == null ? null : a.number(),
                            a == null ? null : a.unit())
                    .update();
        }
    }

    private void insertDepartments(long initiativeId, String role, List<String> names, long organizationId,
            Map<String, Long> departments) {
        int position = 0;
        for (String name : names) {
            jdbc.sql("INSERT INTO initiative_department (initiative_id, role, position, department_id) VALUES (?, ?, ?, ?)")
                    .params(initiativeId, role, position++, departmentId(organizationId, name, departments)).update();
        }
    }

    private void insertTexts(String table, String key, long id, List<LabeledText> texts) {
        int position = 0;
        for (LabeledText text : texts) {
            jdbc.sql("INSERT INTO " + table + " (" + key + ", position, label, body) VALUES (?, ?, ?, ?)")
                    .params(id, position++, text.label(), text.text()).update();
        }
    }

    private static Integer[] years(List<Integer> years) {
        return years.toArray(Integer[]::new);
    }

    private static List<Integer> years(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((Integer[]) array.getArray());
    }

    private static String sourceFile(PlanDocument d) {
        return d.source() == null ? null : d.source().fileName();
    }

    private static String sourceLayout(PlanDocument d) {
        return d.source() == null ? null : d.source().layout();
    }

    private static Measure measure(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_text");
        if (text == null) {
            return null;
        }
        BigDecimal number = rs.getBigDecimal(prefix + "_number");
        return new Measure(text, number, rs.getString(prefix + "_unit"));
    }

    private record PlanRow(String organization, String title, java.time.LocalDate asOf, List<Integer> fiscalYears,
            String sourceFile, String sourceLayout) {
    }

    private record SectionRow(long id, Long parentId, String label, String title) {
    }

    private record InitiativeRow(long id, long sectionId, String code, String label, String title, Integer target) {
    }

    /** Reads one plan's rows, one query per table, and assembles the document. */
    private final class Tree {
        private final long planId;

        Tree(long planId) {
            this.planId = planId;
        }

        PlanDocument document(PlanRow p) {
            List<SectionRow> sections = jdbc.sql("""
                    SELECT id, parent_id, label, title FROM section WHERE plan_id = ? ORDER BY parent_id NULLS FIRST, position""")
                    .param(planId)
                    .query((rs, n) -> new SectionRow(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                            rs.getString("label"), rs.getString("title")))
                    .list();
            List<InitiativeRow> initiatives = jdbc.sql("""
                    SELECT id, section_id, code, label, title, target_fiscal_year FROM initiative
                    WHERE plan_id = ? ORDER BY section_id, position""")
                    .param(planId)
                    .query((rs, n) -> new InitiativeRow(rs.getLong("id"), rs.getLong("section_id"), rs.getString("code"),
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
                    rs -> new ScheduleRow(rs.getString("task"), years(rs.getArray("fiscal_years"))));
            Map<Long, List<Indicator>> indicators = indicators();

            Map<Long, List<Initiative>> bySection = new HashMap<>();
            for (InitiativeRow i : initiatives) {
                bySection.computeIfAbsent(i.sectionId(), k -> new ArrayList<>()).add(new Initiative(i.code(), i.label(),
                        i.title(), owners.getOrDefault(i.id(), List.of()), related.getOrDefault(i.id(), List.of()),
                        contacts.getOrDefault(i.id(), List.of()), i.target(), initiativeTexts.getOrDefault(i.id(), List.of()),
                        schedules.getOrDefault(i.id(), List.of()), indicators.getOrDefault(i.id(), List.of())));
            }
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
                            measure(rs, "actual")));
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
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
