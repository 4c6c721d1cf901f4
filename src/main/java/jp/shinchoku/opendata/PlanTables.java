package jp.shinchoku.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.Direction;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;

/**
 * An evaluated plan as three tables: its initiatives, its indicators year by year (with rate,
 * grade and basis), and its departments. The columns are documented in docs/opendata.md; the
 * open-data CSV files and the report workbook both write these tables.
 */
public final class PlanTables {

    public static final String INITIATIVES = "initiatives";
    public static final String INDICATORS = "indicators";
    public static final String DEPARTMENTS = "departments";

    private static final List<Column> PLAN_COLUMNS = List.of(new Column("organization", "団体名"),
            new Column("plan", "計画名"), new Column("as_of", "時点"));

    private static final List<Column> INITIATIVE_COLUMNS = columns(
            "section", "章・柱", "code", "取組番号", "label", "取組記号", "title", "取組名",
            "owner_departments", "担当課", "related_departments", "関係課", "target_fiscal_year", "目標年度",
            "indicator_count", "指標数", "graded_fiscal_year", "評価年度", "grade", "評価", "grade_label", "評価区分",
            "grade_basis", "評価の根拠", "description", "内容");

    private static final List<Column> INDICATOR_COLUMNS = columns(
            "initiative_code", "取組番号", "initiative_title", "取組名", "indicator_label", "指標番号",
            "indicator_name", "指標名", "direction", "方向", "fiscal_year", "年度", "fiscal_year_label", "年度表記",
            "target", "目標", "target_value", "目標値", "target_unit", "目標単位", "actual", "実績",
            "actual_value", "実績値", "actual_unit", "実績単位", "rate", "達成率(%)", "grade", "評価",
            "grade_label", "評価区分", "status", "評価状態", "basis", "根拠", "off_track", "進捗");

    private static final List<Column> DEPARTMENT_COLUMNS = columns(
            "department", "課名", "owned_initiatives", "担当取組数", "related_initiatives", "関係取組数",
            "owned_codes", "担当取組番号", "phones", "電話番号");

    private PlanTables() {
    }

    public static List<Table> of(PlanDocument plan, LocalDate asOf, GradeScale scale) {
        return List.of(initiatives(plan, asOf, scale), indicators(plan, asOf), departments(plan, asOf));
    }

    public static Table initiatives(PlanDocument plan, LocalDate asOf, GradeScale scale) {
        Integer year = RollUp.latestGradedYear(plan);
        List<List<Object>> rows = new ArrayList<>();
        walk(plan.sections(), "", (path, i) -> {
            RollUp.InitiativeGrade g = year == null ? null : RollUp.initiative(i, year, scale);
            boolean graded = g != null && g.grade() != null;
            rows.add(row(plan, asOf, path, i.code(), i.label(), i.title(), String.join("、", i.ownerDepartments()),
                    String.join("、", i.relatedDepartments()), i.targetFiscalYear(), i.indicators().size(),
                    g == null ? null : year, graded ? g.grade().name() : null, graded ? g.grade().label() : null,
                    g == null ? null : g.basis(), description(i.texts())));
        });
        return new Table(INITIATIVES, "取組", with(INITIATIVE_COLUMNS), rows);
    }

    public static Table indicators(PlanDocument plan, LocalDate asOf) {
        List<List<Object>> rows = new ArrayList<>();
        for (Initiative i : plan.allInitiatives()) {
            for (Indicator k : i.indicators()) {
                String direction = k.direction() == null ? null : Direction.of(k.direction()).japanese();
                String offTrack = k.offTrack() == null ? null : k.offTrack() ? "遅れ" : "順調";
                for (IndicatorValue v : k.values()) {
                    Evaluation e = v.evaluation();
                    rows.add(row(plan, asOf, i.code(), i.title(), k.label(), k.nameFor(v.fiscalYear()), direction,
                            v.fiscalYear(), FiscalYear.of(v.fiscalYear()).japanese(), text(v.target()),
                            number(v.target()), unit(v.target()), text(v.actual()), number(v.actual()), unit(v.actual()),
                            e == null ? null : e.rate(), e == null ? null : e.grade(), e == null ? null : e.label(),
                            e == null ? null : e.status(), e == null ? null : e.basis(), offTrack));
                }
            }
        }
        return new Table(INDICATORS, "指標・年度", with(INDICATOR_COLUMNS), rows);
    }

    public static Table departments(PlanDocument plan, LocalDate asOf) {
        Map<String, Department> departments = new LinkedHashMap<>();
        for (Initiative i : plan.allInitiatives()) {
            i.ownerDepartments().forEach(d -> departments.computeIfAbsent(d, Department::new).own(i));
            i.relatedDepartments().forEach(d -> departments.computeIfAbsent(d, Department::new).related++);
            for (Contact c : i.contacts()) {
                Department d = departments.computeIfAbsent(c.department(), Department::new);
                if (c.phone() != null && !d.phones.contains(c.phone())) {
                    d.phones.add(c.phone());
                }
            }
        }
        List<List<Object>> rows = departments.values().stream().map(d -> row(plan, asOf, d.name, d.owned.size(),
                d.related, String.join("、", d.owned), String.join("、", d.phones))).toList();
        return new Table(DEPARTMENTS, "担当課", with(DEPARTMENT_COLUMNS), rows);
    }

    /** Each department once, in the order the plan first names it. */
    private static final class Department {
        final String name;
        final List<String> owned = new ArrayList<>();
        final List<String> phones = new ArrayList<>();
        int related;

        Department(String name) {
            this.name = name;
        }

        void own(Initiative i) {
            owned.add(i.key());
        }
    }

    private interface Visitor {
        void visit(String sectionPath, Initiative initiative);
    }

    private static void walk(List<Section> sections, String path, Visitor visitor) {
        for (Section s : sections) {
            String heading = String.join(" ", nonBlank(s.label(), s.title()));
            String here = path.isEmpty() ? heading : heading.isEmpty() ? path : path + " / " + heading;
            s.initiatives().forEach(i -> visitor.visit(here, i));
            walk(s.sections(), here, visitor);
        }
    }

    /** The initiative's texts under their labels: 【現状と課題】… on lines of their own. */
    private static String description(List<LabeledText> texts) {
        return texts.isEmpty() ? null : String.join("\n", texts.stream().map(t -> "【" + t.label() + "】" + t.text()).toList());
    }

    private static List<Object> row(PlanDocument plan, LocalDate asOf, Object... cells) {
        List<Object> row = new ArrayList<>(List.of(plan.organization() == null ? "" : plan.organization(),
                plan.title(), asOf.toString()));
        row.addAll(Arrays.asList(cells));
        return row;
    }

    private static List<Column> with(List<Column> columns) {
        List<Column> all = new ArrayList<>(PLAN_COLUMNS);
        all.addAll(columns);
        return all;
    }

    private static List<Column> columns(String... idsAndHeaders) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < idsAndHeaders.length; i += 2) {
            columns.add(new Column(idsAndHeaders[i], idsAndHeaders[i + 1]));
        }
        return columns;
    }

    private static List<String> nonBlank(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    private static String text(Measure m) {
        return m == null ? null : m.text();
    }

    private static Object number(Measure m) {
        return m == null ? null : m.number();
    }

    private static String unit(Measure m) {
        return m == null ? null : m.unit();
    }
}
