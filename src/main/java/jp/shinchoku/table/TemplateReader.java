package jp.shinchoku.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportProblem;
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
import jp.shinchoku.table.Template.Col;
import jp.shinchoku.table.Template.Kind;

/**
 * Reads the template back into a plan: each row adds to the 章, 取組 or 指標 above it. Every row
 * that cannot be read is reported with its row and column; then nothing is returned.
 */
final class TemplateReader {

    private final Grid grid;
    private final Map<Col, Integer> columns = new EnumMap<>(Col.class);
    private final List<ImportProblem> problems = new ArrayList<>();

    private String title;
    private String organization;
    private LocalDate asOf;
    private List<Integer> fiscalYears = List.of();
    private Source source;
    private final List<LabeledText> planTexts = new ArrayList<>();
    private final List<SectionNode> roots = new ArrayList<>();
    private final List<SectionNode> open = new ArrayList<>();
    private InitiativeNode initiative;
    private IndicatorNode indicator;

    private TemplateReader(Grid grid) {
        this.grid = grid;
        Grid.Line header = firstLine(grid);
        for (Col c : Col.values()) {
            for (int i = 0; i < header.cells().size(); i++) {
                if (header.cell(i).equals(c.header)) {
                    columns.put(c, i);
                }
            }
        }
    }

    /** True when the table's first line is the template's header. */
    static boolean isTemplate(Grid grid) {
        Grid.Line header = firstLine(grid);
        return header != null && header.cell(0).equals(Col.KIND.header) && header.cells().stream()
                .map(String::strip).toList().containsAll(List.of(Col.NAME.header, Col.CODE.header, Col.YEAR.header));
    }

    private static Grid.Line firstLine(Grid grid) {
        return grid.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
    }

    static PlanDocument read(Grid grid) throws ImportException {
        return new TemplateReader(grid).read();
    }

    private PlanDocument read() throws ImportException {
        Grid.Line header = firstLine(grid);
        for (Grid.Line line : grid.lines()) {
            if (line.number() <= header.number() || line.isBlank()) {
                continue;
            }
            Kind kind = Kind.of(cell(line, Col.KIND));
            if (kind == null) {
                problems.add(problem(line, Col.KIND, Reason.of(TableMessage.TEMPLATE_UNKNOWN_KIND, cell(line, Col.KIND),
                        String.join(", ", java.util.Arrays.stream(Kind.values()).map(k -> k.word).toList()))));
                continue;
            }
            row(line, kind);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new PlanDocument(PlanDocument.FORMAT, organization, title, asOf, fiscalYears, source, planTexts,
                roots.stream().map(SectionNode::toSection).toList());
    }

    private void row(Grid.Line line, Kind kind) {
        switch (kind) {
            case PLAN -> title = value(line, Col.NAME);
            case ORGANIZATION -> organization = value(line, Col.NAME);
            case AS_OF -> asOf = date(line);
            case PERIOD -> fiscalYears = years(line);
            case SOURCE -> source = new Source(value(line, Col.NAME), value(line, Col.BODY));
            case PLAN_TEXT -> planTexts.add(text(line));
            case SECTION -> section(line);
            case SECTION_TEXT -> {
                if (parent(line, "章", open.isEmpty())) {
                    open.get(open.size() - 1).texts.add(text(line));
                }
            }
            case INITIATIVE -> {
                if (parent(line, "章", open.isEmpty())) {
                    initiative = new InitiativeNode(line, this);
                    indicator = null;
                    open.get(open.size() - 1).initiatives.add(initiative);
                }
            }
            case INITIATIVE_TEXT -> {
                if (parent(line, "取組", initiative == null)) {
                    initiative.texts.add(text(line));
                }
            }
            case CONTACT -> {
                if (parent(line, "取組", initiative == null)) {
                    initiative.contacts.add(new Contact(value(line, Col.OWNERS), value(line, Col.BODY), value(line, Col.NOTE)));
                }
            }
            case SCHEDULE -> {
                if (parent(line, "取組", initiative == null)) {
                    initiative.schedule.add(new ScheduleRow(value(line, Col.NAME), years(line)));
                }
            }
            case INDICATOR -> {
                if (parent(line, "取組", initiative == null)) {
                    indicator = new IndicatorNode(line, this);
                    initiative.indicators.add(indicator);
                }
            }
            case VALUE -> {
                if (parent(line, "指標", indicator == null)) {
                    indicator.value(line, this);
                }
            }
        }
    }

    private void section(Grid.Line line) {
        String depthText = cell(line, Col.DEPTH);
        int depth;
        try {
            depth = Integer.parseInt(depthText);
        } catch (NumberFormatException e) {
            depth = -1;
        }
        if (depth < 1 || depth > open.size() + 1) {
            problems.add(problem(line, Col.DEPTH, Reason.of(TableMessage.TEMPLATE_BAD_DEPTH, depthText,
                    String.valueOf(open.size() + 1))));
            return;
        }
        SectionNode node = new SectionNode(value(line, Col.CODE), value(line, Col.NAME));
        while (open.size() >= depth) {
            open.remove(open.size() - 1);
        }
        if (open.isEmpty()) {
            roots.add(node);
        } else {
            open.get(open.size() - 1).children.add(node);
        }
        open.add(node);
        initiative = null;
        indicator = null;
    }

    private boolean parent(Grid.Line line, String what, boolean missing) {
        if (missing) {
            problems.add(problem(line, Col.KIND, Reason.of(TableMessage.TEMPLATE_NO_PARENT, cell(line, Col.KIND), what)));
        }
        return !missing;
    }

    private LabeledText text(Grid.Line line) {
        return new LabeledText(value(line, Col.NAME), raw(line, Col.BODY));
    }

    private LocalDate date(Grid.Line line) {
        try {
            return LocalDate.parse(cell(line, Col.NAME));
        } catch (DateTimeParseException e) {
            problems.add(problem(line, Col.NAME, Reason.of(TableMessage.TEMPLATE_BAD_DATE, cell(line, Col.NAME))));
            return null;
        }
    }

    /** Fiscal years apart by commas, in any spelling FiscalYear reads (2023, R5, 令和5年度). */
    private List<Integer> years(Grid.Line line) {
        List<Integer> years = new ArrayList<>();
        for (String part : cell(line, Col.YEAR).split("[,、，\\s]+")) {
            if (!part.isEmpty()) {
                year(line, Col.YEAR, part).ifPresent(years::add);
            }
        }
        return years;
    }

    Optional<Integer> year(Grid.Line line, Col col, String text) {
        Optional<FiscalYear> year = FiscalYear.findInHeading(text);
        if (year.isEmpty()) {
            problems.add(problem(line, col, Reason.of(TableMessage.TEMPLATE_BAD_YEAR, text)));
        }
        return year.map(FiscalYear::year);
    }

    String cell(Grid.Line line, Col col) {
        Integer index = columns.get(col);
        return index == null ? "" : line.cell(index);
    }

    private String raw(Grid.Line line, Col col) {
        Integer index = columns.get(col);
        String raw = index == null ? "" : line.raw(index);
        return raw.isEmpty() ? null : raw;
    }

    /** The stripped cell, or null when empty. */
    String value(Grid.Line line, Col col) {
        String cell = cell(line, col);
        return cell.isEmpty() ? null : cell;
    }

    List<String> lines(Grid.Line line, Col col) {
        return cell(line, col).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private ImportProblem problem(Grid.Line line, Col col, Reason reason) {
        Integer index = columns.get(col);
        return reason.at(grid.fileName(), line.number(), index == null ? null : grid.columnName(index));
    }

    private static final class SectionNode {
        final String label;
        final String title;
        final List<LabeledText> texts = new ArrayList<>();
        final List<SectionNode> children = new ArrayList<>();
        final List<InitiativeNode> initiatives = new ArrayList<>();

        SectionNode(String label, String title) {
            this.label = label;
            this.title = title;
        }

        Section toSection() {
            return new Section(label, title, texts, children.stream().map(SectionNode::toSection).toList(),
                    initiatives.stream().map(InitiativeNode::toInitiative).toList());
        }
    }

    private static final class InitiativeNode {
        final String code;
        final String mark;
        final String title;
        final List<String> owners;
        final List<String> related;
        final Integer targetYear;
        final List<LabeledText> texts = new ArrayList<>();
        final List<Contact> contacts = new ArrayList<>();
        final List<ScheduleRow> schedule = new ArrayList<>();
        final List<IndicatorNode> indicators = new ArrayList<>();

        InitiativeNode(Grid.Line line, TemplateReader reader) {
            code = reader.value(line, Col.CODE);
            mark = reader.value(line, Col.MARK);
            title = reader.value(line, Col.NAME);
            owners = reader.lines(line, Col.OWNERS);
            related = reader.lines(line, Col.RELATED);
            String year = reader.cell(line, Col.TARGET_YEAR);
            targetYear = year.isEmpty() ? null : reader.year(line, Col.TARGET_YEAR, year).orElse(null);
        }

        Initiative toInitiative() {
            return new Initiative(code, mark, title, owners, related, contacts, targetYear, texts, schedule,
                    indicators.stream().map(IndicatorNode::toIndicator).toList());
        }
    }

    private static final class IndicatorNode {
        final String label;
        final String name;
        final String note;
        final String unit;
        final Baseline baseline;
        final List<IndicatorValue> values = new ArrayList<>();

        IndicatorNode(Grid.Line line, TemplateReader reader) {
            label = reader.value(line, Col.CODE);
            name = reader.value(line, Col.NAME);
            note = reader.value(line, Col.NOTE);
            unit = reader.value(line, Col.UNIT);
            String year = reader.cell(line, Col.YEAR);
            Integer baselineYear = year.isEmpty() ? null : reader.year(line, Col.YEAR, year).orElse(null);
            Measure value = measure(reader.value(line, Col.BASELINE));
            baseline = baselineYear == null && value == null ? null : new Baseline(baselineYear, value);
        }

        void value(Grid.Line line, TemplateReader reader) {
            reader.year(line, Col.YEAR, reader.cell(line, Col.YEAR)).ifPresent(y -> values.add(new IndicatorValue(y,
                    reader.value(line, Col.NAME), measure(reader.value(line, Col.TARGET)),
                    measure(reader.value(line, Col.ACTUAL)))));
        }

        private Measure measure(String text) {
            return Cells.measure(text, unit);
        }

        Indicator toIndicator() {
            return new Indicator(label, name, note, baseline, values);
        }
    }
}
