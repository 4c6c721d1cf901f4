package jp.shinchoku.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportProblem;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;
import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;

/**
 * Reads the rows under a table's header into a plan document, as the mapping says: the levels
 * (sections, initiative, indicator) carried down over blank cells as a merged cell would be,
 * totals and notes skipped, and every value placed at its fiscal year as a target, an actual or
 * the baseline. Every cell that cannot be read is reported with its row and column; then
 * nothing is returned.
 */
final class TableReading {

    static final String LAYOUT = "kpi-table";

    private static final Pattern NOTE = Pattern.compile("^(?:※|\\*|＊|注|\\(注|（注|出典|資料|備考[:：]|【注|［注)");
    private static final Pattern TOTAL = Pattern.compile("^(?:合計|総計|小計|計|全体|総数)$");
    private static final Pattern EMPTY_MARK = Pattern.compile("^(?:なし|無し|未集計|未把握|集計中|調査中|該当なし|[-－―ー‐—…/／*＊])$");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:基本目標|基本方針|施策|政策|分野|柱|第[0-9０-９一二三四五六七八九十]+|[0-9０-９]+[.．]|[①-⑳]|[【■●◆□〇○◇▼])");
    private static final Pattern SHEET_ERROR = Pattern.compile("^#(?:DIV/0!|N/A|VALUE!|REF!|NAME\\?|NUM!|NULL!)$");
    /** A code before a title: "1-2 " (a number needs a space or mark after it), ①, Ⅱ, (3), 第2章, 基本目標1. */
    private static final Pattern CODED = Pattern.compile(
            "^(?:(\\d+(?:[-－.．]\\d+)*)[\\s\u3000.．、:：)）]+|([①-⑳]|[Ⅰ-Ⅻ]+|[(（]\\d+[)）]|第\\d+[章節条]"
                    + "|(?:基本目標|基本方針|施策|政策)\\s*[0-9０-９]+)[\\s\u3000.．、:：)）]*)(.+)$");
    private static final Pattern UNIT_IN_NAME = Pattern.compile("[(（]([^()（）年]{1,10})[)）]$");
    private static final Pattern YEAR_IN_CELL = Pattern.compile("[(（]([^()（）]*(?:年度|年)[^()（）]*)[)）]");

    private final Grid grid;
    private final TableMapping mapping;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final SectionNode root = new SectionNode(null, null);

    private TableReading(Grid grid, TableMapping mapping) {
        this.grid = grid;
        this.mapping = mapping;
    }

    static PlanDocument read(Grid grid, TableMapping mapping, String title) throws ImportException {
        return new TableReading(grid, mapping).read(title);
    }

    private PlanDocument read(String title) throws ImportException {
        List<Column> levels = new ArrayList<>(mapping.withRole(Role.SECTION));
        levels.addAll(mapping.withRole(Role.INITIATIVE));
        levels.addAll(mapping.withRole(Role.INDICATOR));
        boolean headings = mapping.withRole(Role.SECTION).isEmpty() && mapping.withRole(Role.INITIATIVE).isEmpty();
        Coded heading = null;
        Coded[] current = new Coded[levels.size()];
        for (Grid.Line line : grid.lines()) {
            if (line.number() <= mapping.lastHeaderLine() || line.isBlank() || NOTE.matcher(line.filled().get(0)).find()) {
                continue;
            }
            if (isTotal(line, levels)) {
                continue;
            }
            if (headings && isHeading(line)) {
                heading = coded(line.filled().get(0), null);
                java.util.Arrays.fill(current, null);
                continue;
            }
            for (int l = 0; l < levels.size(); l++) {
                Coded c = coded(line.cell(levels.get(l).index()), codeFor(line, levels.get(l)));
                if (c != null && !c.equals(current[l])) {
                    current[l] = c;
                    for (int lower = l + 1; lower < levels.size(); lower++) {
                        current[lower] = null;
                    }
                }
            }
            Coded indicatorName = current[current.length - 1];
            if (indicatorName == null) {
                if (hasValues(line)) {
                    Column ind = mapping.withRole(Role.INDICATOR).get(0);
                    problems.add(problem(line, ind, Reason.of(TableMessage.VALUES_WITHOUT_INDICATOR,
                            Headings.compact(ind.header()))));
                }
                continue;
            }
            List<Coded> path = new ArrayList<>();
            if (heading != null) {
                path.add(heading);
            }
            for (int l = 0; l < levels.size() - 1; l++) {
                path.add(current[l]);
            }
            readRow(line, path, indicatorName);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        List<Section> sections = new ArrayList<>();
        if (!root.initiatives.isEmpty()) {
            // rows outside any section: one section named after the plan holds them
            sections.add(new SectionNode(null, title).adopt(root).toSection(title));
        }
        root.children.values().forEach(s -> sections.add(s.toSection(title)));
        TreeSet<Integer> years = new TreeSet<>();
        root.indicators().forEach(i -> i.values.keySet().forEach(years::add));
        return new PlanDocument(PlanDocument.FORMAT, null, title, null, List.copyOf(years),
                new Source(grid.fileName(), LAYOUT), List.of(), sections);
    }

    private boolean isTotal(Grid.Line line, List<Column> levels) {
        if (TOTAL.matcher(Headings.compact(line.filled().get(0))).matches()) {
            return true;
        }
        return levels.stream().anyMatch(c -> TOTAL.matcher(Headings.compact(line.cell(c.index()))).matches());
    }

    /**
     * A line of one text that reads as a heading (基本目標1 …, ■ …, or merged over the row) in a
     * table with no section column: it starts a section.
     */
    private static boolean isHeading(Grid.Line line) {
        List<String> filled = line.filled();
        if (filled.stream().distinct().count() != 1) {
            return false;
        }
        return filled.size() > 1 || HEADING.matcher(filled.get(0)).find();
    }

    private boolean hasValues(Grid.Line line) {
        return mapping.withRole(Role.VALUE).stream().anyMatch(c -> !isEmptyCell(line.cell(c.index())));
    }

    /** The code column standing just left of {@code level}'s column, if any. */
    private String codeFor(Grid.Line line, Column level) {
        Column left = mapping.column(level.index() - 1);
        return left != null && left.role() == Role.CODE ? line.cell(left.index()) : null;
    }

    private void readRow(Grid.Line line, List<Coded> path, Coded indicatorName) {
        SectionNode section = root;
        List<Coded> sections = path.subList(0, Math.max(0, path.size() - (mapping.withRole(Role.INITIATIVE).isEmpty() ? 0 : 1)));
        for (Coded s : sections) {
            if (s == null) {
                continue;
            }
            section = section.children.computeIfAbsent(s, k -> new SectionNode(k.code, k.title));
        }
        Coded initiativeKey = mapping.withRole(Role.INITIATIVE).isEmpty() ? null : path.get(path.size() - 1);
        InitiativeNode initiative = section.initiatives.computeIfAbsent(Optional.ofNullable(initiativeKey),
                k -> new InitiativeNode(initiativeKey));
        for (Column c : mapping.withRole(Role.DEPARTMENT)) {
            addDepartments(initiative.owners, line.cell(c.index()));
        }
        for (Column c : mapping.withRole(Role.RELATED_DEPARTMENT)) {
            addDepartments(initiative.related, line.cell(c.index()));
        }
        IndicatorNode indicator = initiative.indicators.computeIfAbsent(indicatorName.title, IndicatorNode::new);
        if (indicatorName.code != null && indicator.label == null) {
            indicator.label = indicatorName.code;
        }
        for (Column c : mapping.withRole(Role.UNIT)) {
            if (!line.cell(c.index()).isEmpty()) {
                indicator.unit = line.cell(c.index());
            }
        }
        if (indicator.unit == null) {
            Matcher unit = UNIT_IN_NAME.matcher(Headings.compact(indicatorName.title));
            if (unit.find()) {
                indicator.unit = unit.group(1);
            }
        }
        for (Column c : mapping.withRole(Role.TEXT)) {
            String text = line.cell(c.index());
            if (!text.isEmpty()) {
                indicator.texts.merge(c.header().replaceAll("\\s+", ""), text,
                        (a, b) -> a.equals(b) ? a : a + "\n" + b);
            }
        }
        for (Column c : mapping.withRole(Role.VALUE)) {
            readValue(line, c, indicator);
        }
    }

    private void readValue(Grid.Line line, Column column, IndicatorNode indicator) {
        String text = line.cell(column.index());
        if (isEmptyCell(text)) {
            return;
        }
        if (SHEET_ERROR.matcher(text).matches()) {
            problems.add(problem(line, column, Reason.of(TableMessage.SHEET_ERROR, text)));
            return;
        }
        Kind kind = column.kind();
        if (kind == null) {
            Column kindColumn = mapping.withRole(Role.KIND).get(0);
            if (Headings.isUnkeptRow(line.cell(kindColumn.index()))) {
                return;
            }
            kind = Headings.kind(line.cell(kindColumn.index()));
            if (kind == null) {
                problems.add(problem(line, kindColumn, Reason.of(TableMessage.UNKNOWN_KIND, line.cell(kindColumn.index()))));
                return;
            }
        }
        Integer year = column.fiscalYear();
        if (year == null && !mapping.withRole(Role.YEAR).isEmpty()) {
            Column yearColumn = mapping.withRole(Role.YEAR).get(0);
            String cell = line.cell(yearColumn.index());
            Optional<FiscalYear> fy = FiscalYear.findInHeading(cell);
            if (fy.isEmpty()) {
                problems.add(problem(line, yearColumn, Reason.of(TableMessage.BAD_YEAR, cell)));
                return;
            }
            year = fy.get().year();
        }
        if (year == null) {
            Matcher inCell = YEAR_IN_CELL.matcher(text);
            if (inCell.find()) {
                year = FiscalYear.findInHeading(inCell.group(1)).map(FiscalYear::year).orElse(null);
            }
        }
        Measure measure = Cells.measure(text, indicator.unit);
        if (kind == Kind.BASELINE) {
            Baseline baseline = new Baseline(year, measure);
            if (indicator.baseline != null && !indicator.baseline.equals(baseline)) {
                problems.add(problem(line, column, Reason.of(TableMessage.SECOND_BASELINE, text, indicator.name,
                        indicator.baseline.value().text())));
                return;
            }
            indicator.baseline = baseline;
            return;
        }
        if (year == null) {
            problems.add(problem(line, column, Reason.of(TableMessage.NO_YEAR_FOR_VALUE, text)));
            return;
        }
        Measure[] pair = indicator.values.computeIfAbsent(year, y -> new Measure[2]);
        int slot = kind == Kind.TARGET ? 0 : 1;
        if (pair[slot] != null && !pair[slot].text().equals(text)) {
            problems.add(problem(line, column, Reason.of(slot == 0 ? TableMessage.SECOND_TARGET : TableMessage.SECOND_ACTUAL,
                    text, indicator.name, FiscalYear.of(year).label(), pair[slot].text())));
            return;
        }
        pair[slot] = measure;
    }

    private static boolean isEmptyCell(String text) {
        if (text.isEmpty()) {
            return true;
        }
        String t = Headings.compact(text);
        return EMPTY_MARK.matcher(t).matches() || CellReader.read(t) instanceof Reading.Empty e && e.note() == null;
    }

    private ImportProblem problem(Grid.Line line, Column column, Reason reason) {
        return reason.at(grid.fileName(), line.number(), grid.columnName(column.index()));
    }

    private static void addDepartments(List<String> departments, String cell) {
        for (String part : cell.split("[、,，・/／\\n]+")) {
            String name = part.replaceAll("[\\s\\u3000]+", "");
            if (!name.isEmpty() && !departments.contains(name)) {
                departments.add(name);
            }
        }
    }

    /** A level's cell: its code (given in a code column, or leading the text: 1-2, ①, (3)) and its title. */
    private record Coded(String code, String title) {
    }

    private static Coded coded(String cell, String codeCell) {
        String text = cell == null ? "" : cell.strip();
        String code = codeCell == null || codeCell.isBlank() ? null : codeCell.strip();
        if (text.isEmpty()) {
            return code == null ? null : new Coded(code, code);
        }
        if (code == null) {
            Matcher m = CODED.matcher(text);
            if (m.matches() && !m.group(3).isBlank() && !Character.isDigit(m.group(3).charAt(0))) {
                return new Coded(m.group(1) != null ? m.group(1) : m.group(2).strip(), m.group(3).strip());
            }
        }
        return new Coded(code, text);
    }

    private static final class SectionNode {
        final String label;
        final String title;
        final Map<Coded, SectionNode> children = new LinkedHashMap<>();
        final Map<Optional<Coded>, InitiativeNode> initiatives = new LinkedHashMap<>();

        SectionNode(String label, String title) {
            this.label = label;
            this.title = title;
        }

        SectionNode adopt(SectionNode other) {
            initiatives.putAll(other.initiatives);
            return this;
        }

        List<IndicatorNode> indicators() {
            List<IndicatorNode> all = new ArrayList<>();
            initiatives.values().forEach(i -> all.addAll(i.indicators.values()));
            children.values().forEach(c -> all.addAll(c.indicators()));
            return all;
        }

        Section toSection(String planTitle) {
            String fallback = title != null ? title : planTitle;
            return new Section(label, title, List.of(), children.values().stream().map(c -> c.toSection(planTitle)).toList(),
                    initiatives.values().stream().map(i -> i.toInitiative(fallback)).toList());
        }
    }

    private static final class InitiativeNode {
        final Coded key;
        final List<String> owners = new ArrayList<>();
        final List<String> related = new ArrayList<>();
        final Map<String, IndicatorNode> indicators = new LinkedHashMap<>();

        InitiativeNode(Coded key) {
            this.key = key;
        }

        /** An initiative; a table without an initiative column gives its indicators one named after their section. */
        Initiative toInitiative(String fallbackTitle) {
            Map<String, List<String>> texts = new LinkedHashMap<>();
            indicators.values().forEach(k -> k.texts.forEach((h, t) -> texts.computeIfAbsent(h, x -> new ArrayList<>())
                    .add(indicators.size() == 1 ? t : k.name + ": " + t)));
            List<LabeledText> labeled = texts.entrySet().stream()
                    .map(e -> new LabeledText(e.getKey(), String.join("\n", e.getValue().stream().distinct().toList())))
                    .toList();
            return new Initiative(key == null ? null : key.code, null, key == null ? fallbackTitle : key.title, owners,
                    related, List.of(), null, labeled, List.of(),
                    indicators.values().stream().map(IndicatorNode::toIndicator).toList());
        }
    }

    private static final class IndicatorNode {
        final String name;
        String label;
        String unit;
        Baseline baseline;
        final Map<String, String> texts = new LinkedHashMap<>();
        final TreeMap<Integer, Measure[]> values = new TreeMap<>();

        IndicatorNode(String name) {
            this.name = name;
        }

        Indicator toIndicator() {
            List<IndicatorValue> list = values.entrySet().stream()
                    .map(e -> new IndicatorValue(e.getKey(), null, e.getValue()[0], e.getValue()[1])).toList();
            return new Indicator(label, name, null, baseline, list);
        }
    }
}
