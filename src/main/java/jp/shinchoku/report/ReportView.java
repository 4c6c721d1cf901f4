package jp.shinchoku.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.shinchoku.fiscal.EraDate;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;

/**
 * A plan as its printed report shows it, every value already worded: the table of contents, and
 * either one sheet per initiative or one table per section. Built once from a {@link ReportInput}.
 */
record ReportView(String organization, String title, String asOf, String fiscalYears, String layout,
        String gradedYear, List<Text> texts, List<TocEntry> toc, List<Sheet> sheets, List<TableSection> tables,
        List<String> trailingAnchors) {

    static ReportView of(ReportInput input) {
        PlanDocument plan = input.plan();
        ReportLayout layout = ReportLayout.of(plan);
        Integer gradedYear = RollUp.latestGradedYear(plan);
        Builder b = new Builder(input, gradedYear, years(plan));
        plan.sections().forEach(s -> b.section(s, List.of(), 1, layout));
        return new ReportView(nonNull(plan.organization()), nonNull(plan.title()), EraDate.label(input.asOf()),
                FiscalYear.range(plan.fiscalYears()), layout.name().toLowerCase(),
                gradedYear == null ? "" : FiscalYear.of(gradedYear).label(), Text.of(plan.texts()), b.toc, b.sheets,
                b.tables, List.copyOf(b.pendingSectionAnchors));
    }

    /** The plan's fiscal years, or, where it names none, every year its initiatives mention. */
    private static List<Integer> years(PlanDocument plan) {
        if (!plan.fiscalYears().isEmpty()) {
            return plan.fiscalYears();
        }
        Set<Integer> years = new TreeSet<>();
        for (Initiative i : plan.allInitiatives()) {
            i.schedule().forEach(r -> years.addAll(r.fiscalYears()));
            i.indicators().forEach(k -> k.values().forEach(v -> years.add(v.fiscalYear())));
        }
        return List.copyOf(years);
    }

    /** One line of the table of contents; {@code depth} 1 for top sections, deeper for what they hold. */
    record TocEntry(String anchor, int depth, String label, String title) {
    }

    /** The contents again as the PDF's outline, which viewers show beside the pages. */
    public List<Bookmark> bookmarks() {
        return Bookmark.tree(toc);
    }

    record Bookmark(String anchor, String name, List<Bookmark> children) {

        /** Nests the flat contents by depth: an entry belongs to the nearest shallower entry before it. */
        static List<Bookmark> tree(List<TocEntry> entries) {
            List<Bookmark> roots = new ArrayList<>();
            java.util.Deque<TocEntry> openEntries = new java.util.ArrayDeque<>();
            java.util.Deque<Bookmark> open = new java.util.ArrayDeque<>();
            for (TocEntry e : entries) {
                while (!openEntries.isEmpty() && openEntries.peek().depth() >= e.depth()) {
                    openEntries.pop();
                    open.pop();
                }
                Bookmark b = new Bookmark(e.anchor(), join(" ", e.label(), e.title()), new ArrayList<>());
                (open.isEmpty() ? roots : open.peek().children()).add(b);
                openEntries.push(e);
                open.push(b);
            }
            return roots;
        }
    }

    record Text(String label, List<String> lines) {
        static List<Text> of(List<LabeledText> texts) {
            return texts.stream().map(t -> new Text(t.label(), t.text().lines().toList())).toList();
        }
    }

    /** One initiative on a page of its own, as on the sheets of seeds 003 and 004. */
    record Sheet(String anchor, List<String> sectionAnchors, String path, String code, String label, String title,
            String owners, String related, List<String> contacts, String targetYear, String grade, String gradeLabel,
            String gradeBasis, List<Text> texts, List<String> years, List<ScheduleLine> schedule,
            List<IndicatorTable> indicators) {
    }

    /** A schedule task with a mark for each fiscal year of the plan it runs in. */
    record ScheduleLine(String task, List<Boolean> marks, boolean undated) {
    }

    /** One KPI as a table: one column per fiscal year, rows 目標, 実績, 達成率, 評価 and 根拠. */
    record IndicatorTable(String label, String name, String direction, String baseline, String note,
            String offTrack, List<YearCell> years) {
    }

    record YearCell(String year, String target, String actual, String rate, String grade, String gradeLabel,
            String basis) {
    }

    /**
     * A section of the table layout (seed 000): heading, texts, and a table of its initiatives.
     * {@code newPage}: the first section, and each chapter that holds sections of its own (ビジョン),
     * starts a page; short flat sections (seed 001's ① … ⑦) follow one another.
     */
    record TableSection(String anchor, int depth, boolean newPage, String label, String title, List<Text> texts,
            List<String> columns, List<TableRow> rows) {
    }

    record TableRow(String code, String title, List<List<String>> cells, String targetYear, List<String> departments) {
    }

    /** Walks the plan's tree once, in source order, collecting the contents and the pages. */
    private static final class Builder {
        private final ReportInput input;
        private final Integer gradedYear;
        private final List<Integer> years;
        private final List<TocEntry> toc = new ArrayList<>();
        private final List<Sheet> sheets = new ArrayList<>();
        private final List<TableSection> tables = new ArrayList<>();
        private final List<String> pendingSectionAnchors = new ArrayList<>();
        private int sectionCount;

        Builder(ReportInput input, Integer gradedYear, List<Integer> years) {
            this.input = input;
            this.gradedYear = gradedYear;
            this.years = years;
        }

        void section(Section s, List<String> path, int depth, ReportLayout layout) {
            String anchor = "s" + (++sectionCount);
            String heading = join(" ", s.label(), s.title());
            toc.add(new TocEntry(anchor, depth, nonNull(s.label()), nonNull(s.title())));
            List<String> here = new ArrayList<>(path);
            if (!heading.isEmpty()) {
                here.add(heading);
            }
            if (layout == ReportLayout.TABLE) {
                tables.add(table(anchor, depth, s));
            } else {
                // a sheets report has no page of its own for a section: its entry points at its first sheet
                pendingSectionAnchors.add(anchor);
                for (Initiative i : s.initiatives()) {
                    sheet(i, String.join(" / ", here), depth + 1);
                }
            }
            s.sections().forEach(c -> section(c, here, depth + 1, layout));
        }

        private void sheet(Initiative i, String path, int depth) {
            String anchor = "i" + (sheets.size() + 1);
            toc.add(new TocEntry(anchor, depth, join(" ", i.code(), i.label()), i.title()));
            RollUp.InitiativeGrade grade = gradedYear == null ? null : RollUp.initiative(i, gradedYear, input.scale());
            boolean graded = grade != null && grade.grade() != null;
            sheets.add(new Sheet(anchor, List.copyOf(pendingSectionAnchors), path, nonNull(i.code()), nonNull(i.label()),
                    i.title(), String.join("、", i.ownerDepartments()), String.join("、", i.relatedDepartments()),
                    contacts(i), yearLabel(i.targetFiscalYear()), graded ? grade.grade().name() : "",
                    graded ? grade.grade().label() : "", grade == null ? "" : grade.basis(), Text.of(i.texts()),
                    years.stream().map(y -> FiscalYear.of(y).label()).toList(),
                    i.schedule().stream().map(this::scheduleLine).toList(),
                    i.indicators().stream().map(this::indicator).toList()));
            pendingSectionAnchors.clear();
        }

        private ScheduleLine scheduleLine(ScheduleRow r) {
            return new ScheduleLine(r.task(), years.stream().map(y -> r.fiscalYears().contains(y)).toList(),
                    r.fiscalYears().isEmpty());
        }

        private IndicatorTable indicator(Indicator k) {
            Set<Integer> shown = new TreeSet<>(years);
            k.values().forEach(v -> shown.add(v.fiscalYear()));
            String baseline = k.baseline() == null ? "" : join(" ", yearLabel(k.baseline().fiscalYear()),
                    text(k.baseline().value()));
            String name = k.name() != null && k.name().equals(k.label()) ? "" : nonNull(k.name());
            return new IndicatorTable(nonNull(k.label()), name, k.direction() == null ? "" : k.direction(), baseline,
                    nonNull(k.note()), Boolean.TRUE.equals(k.offTrack()) ? nonNull(k.offTrackReason()) : "",
                    shown.stream().map(y -> cell(y, k.valueFor(y))).toList());
        }

        private static YearCell cell(int year, IndicatorValue v) {
            String label = FiscalYear.of(year).label();
            if (v == null) {
                return new YearCell(label, "", "", "", "", "", "");
            }
            Evaluation e = v.evaluation();
            String target = text(v.target());
            if (v.name() != null) {
                target = v.name() + ": " + target;
            }
            if (e == null) {
                return new YearCell(label, target, text(v.actual()), "", "", "", "");
            }
            return new YearCell(label, target, text(v.actual()), e.rate() == null ? "" : e.rate().toPlainString() + "%",
                    nonNull(e.grade()), nonNull(e.label()), nonNull(e.basis()));
        }

        private TableSection table(String anchor, int depth, Section s) {
            Set<String> labels = new LinkedHashSet<>();
            s.initiatives().forEach(i -> i.texts().forEach(t -> labels.add(t.label())));
            List<String> columns = List.copyOf(labels);
            List<TableRow> rows = s.initiatives().stream().map(i -> new TableRow(join(" ", i.code(), i.label()),
                    i.title(), columns.stream().map(c -> i.text(c) == null ? List.<String>of() : i.text(c).lines().toList())
                            .toList(),
                    yearLabel(i.targetFiscalYear()), i.contacts().isEmpty() ? i.ownerDepartments() : contacts(i)))
                    .toList();
            boolean newPage = tables.isEmpty() || depth == 1 && !s.sections().isEmpty();
            return new TableSection(anchor, depth, newPage, nonNull(s.label()), nonNull(s.title()), Text.of(s.texts()),
                    columns, rows);
        }

        private static List<String> contacts(Initiative i) {
            return i.contacts().stream().map(c -> c.department() + (c.note() == null ? "" : "（" + c.note() + "）")
                    + (c.phone() == null ? "" : " " + c.phone())).toList();
        }
    }

    private static String yearLabel(Integer year) {
        return year == null ? "" : FiscalYear.of(year).label();
    }

    private static String text(Measure m) {
        return m == null ? "" : m.text();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(separator, present);
    }
}
