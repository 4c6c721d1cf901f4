package jp.shinchoku.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;

/**
 * Reads the layout chiba-pref-reform-sheet: 千葉県 行政改革 取組シート (整理番号・柱・取組工程).
 *
 * <p>Each sheet is one initiative. Its 項目名 rows name the path 柱N → ③ → イ; sheets sharing a
 * 柱 or a ③ share one section. The schedule grid under 取組工程 is read by column position,
 * which the extraction shifts (see {@link #alignedCells}), so every cell is given to the fiscal
 * year whose header column is nearest.
 */
final class ChibaPrefectureReformSheetImporter implements PlanImporter {

    private static final String TITLE = "行政改革計画 取組シート";
    private static final String SHEET_START = "整理番号";
    private static final String ITEM_NAME = "項目名";
    private static final String BUREAU = "実施部局";
    private static final String OWNER = "主務課";
    private static final String RELATED = "関係課";
    private static final String GOAL = "目標";
    private static final String SCHEDULE = "取組工程";
    /** The rows every complete sheet has, in the order the sheet prints them. */
    private static final List<String> REQUIRED = List.of(ITEM_NAME, "現状・課題", "取組内容", GOAL, SCHEDULE, "効果");

    private static final Pattern DEPARTMENT_SEPARATORS = Pattern.compile("[・、,，\\s\\u3000]+");
    private static final Pattern YEAR_HEADER =
            Pattern.compile("(?:令和|平成|R|H)(?:\\d{1,2}|元)年度|(?:19|20)\\d{2}年度");
    /** A schedule cell that only draws a line: the task goes on into that year. */
    private static final Pattern ARROW = Pattern.compile("[→⇒➔➡⟶―—－\\-]+");
    private static final Pattern INDICATOR = Pattern.compile("^(.*?)【現状】(.*?)【目標】(.*)$");
    private static final Pattern YEAR_COLON = Pattern.compile("[：:]");

    @Override
    public String layout() {
        return "chiba-pref-reform-sheet";
    }

    @Override
    public String description() {
        return "千葉県 行政改革 取組シート (整理番号・柱・取組工程)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return startsSomeRow(source, SHEET_START) && startsSomeRow(source, ITEM_NAME) && startsSomeRow(source, SCHEDULE);
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        List<List<Row>> sheets = source.blocksStartingWith(SHEET_START);
        if (sheets.isEmpty()) {
            throw new ImportException(source.problem(1, ImportMessage.PREFECTURE_NO_SHEET));
        }
        List<ImportProblem> problems = new ArrayList<>();
        SectionNode root = new SectionNode(null, null);
        TreeSet<Integer> fiscalYears = new TreeSet<>();
        for (List<Row> sheet : sheets) {
            try {
                Sheet read = readSheet(source, sheet);
                root.add(read.path(), read.initiative());
                fiscalYears.addAll(read.fiscalYears());
            } catch (ImportException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return WrapJoin.apply(new PlanDocument(PlanDocument.FORMAT, null, TITLE, null, new ArrayList<>(fiscalYears),
                new Source(source.fileName(), layout()), List.of(), root.childSections()));
    }

    private static boolean startsSomeRow(SourceText source, String label) {
        return source.rows().stream().anyMatch(r -> r.cell(0).equals(label));
    }


    private Sheet readSheet(SourceText source, List<Row> rows) throws ImportException {
        Row header = rows.get(0);
        String code = CellText.inline(valueAfter(header, SHEET_START));
        Said name = code.isEmpty() ? ImportMessage.PREFECTURE_SHEET_AT_LINE.with(String.valueOf(header.number()))
                : ImportMessage.PREFECTURE_SHEET.with(code);
        Map<String, Block> blocks = blocks(source, name, rows);

        List<Level> levels = levels(blocks.get(ITEM_NAME));
        if (levels.size() < 2) {
            int line = blocks.get(ITEM_NAME).first().number();
            throw new ImportException(source.problem(line, ImportMessage.PREFECTURE_NO_INITIATIVE, name, String.valueOf(line)));
        }
        Grid grid = grid(source, name, blocks.get(SCHEDULE));
        Optional<Indicator> indicator = indicator(source, name, blocks.get(GOAL), grid.fiscalYears());
        Level item = levels.get(levels.size() - 1);
        Initiative initiative = new Initiative(
                code.isEmpty() ? null : code,
                item.label(),
                item.title(),
                Departments.split(valueAfter(header, OWNER), DEPARTMENT_SEPARATORS),
                Departments.split(valueAfter(header, RELATED), DEPARTMENT_SEPARATORS),
                List.of(),
                indicator.map(i -> i.values().get(0).fiscalYear()).orElse(null),
                texts(header, blocks),
                grid.schedule(),
                indicator.map(List::of).orElse(List.of()));
        return new Sheet(levels.subList(0, levels.size() - 1), initiative, grid.fiscalYears());
    }

    /** The text in the cell right of {@code label} on the sheet's first row, or "". */
    private static String valueAfter(Row header, String label) {
        int index = header.indexOf(label);
        return index < 0 ? "" : header.cell(index + 1);
    }

    /**
     * The sheet's labelled blocks in source order: a row whose first cell is a known label starts
     * one, the rows after it (wrapped text, the schedule grid) belong to it.
     */
    private static Map<String, Block> blocks(SourceText source, Said name, List<Row> rows) throws ImportException {
        Map<String, Block> blocks = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        Block current = null;
        for (Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String label = row.cell(0);
            if (REQUIRED.contains(label)) {
                if (blocks.containsKey(label)) {
                    problems.add(source.problem(row.number(), ImportMessage.PREFECTURE_SECOND_ROW, name,
                            String.valueOf(row.number()), label, String.valueOf(blocks.get(label).first().number())));
                    current = null;
                    continue;
                }
                current = new Block(row, new ArrayList<>());
                blocks.put(label, current);
            } else if (current != null) {
                current.more().add(row);
            }
        }
        problems.addAll(missing(source, name, rows, blocks));
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return blocks;
    }

    /**
     * A sheet that lacks its last rows was cut off; one that lacks a row in the middle is malformed.
     * Both are refused rather than imported half.
     */
    private static List<ImportProblem> missing(SourceText source, Said name, List<Row> rows, Map<String, Block> blocks) {
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
            String label = REQUIRED.get(i);
            if (blocks.containsKey(label)) {
                continue;
            }
            if (REQUIRED.subList(i + 1, REQUIRED.size()).stream().noneMatch(blocks::containsKey)) {
                int last = lastFilledLine(rows);
                problems.add(source.problem(last, ImportMessage.PREFECTURE_ENDS_BEFORE, name, String.valueOf(last), label));
                return problems;
            }
            int first = rows.get(0).number();
            problems.add(source.problem(first, ImportMessage.PREFECTURE_NO_ROW, name, String.valueOf(first), label));
        }
        return problems;
    }

    private static int lastFilledLine(List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!rows.get(i).isBlank()) {
                return rows.get(i).number();
            }
        }
        return rows.get(0).number();
    }

    /** 柱2 / ③ / イ with their titles; a row with a title only continues the title above it. */
    private static List<Level> levels(Block itemName) {
        List<Level> levels = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        List<String> first = itemName.first().filled();
        cells.add(first.subList(1, first.size()));
        itemName.more().forEach(r -> cells.add(r.filled()));
        for (List<String> row : cells) {
            if (row.size() >= 2) {
                levels.add(new Level(CellText.inline(row.get(0)), CellText.inline(String.join(" ", row.subList(1, row.size())))));
            } else if (row.size() == 1 && !levels.isEmpty()) {
                Level last = levels.remove(levels.size() - 1);
                levels.add(new Level(last.label(), last.title() + CellText.inline(row.get(0))));
            }
        }
        return levels;
    }

    /** 実施部局, then every labelled block but 項目名, under its original label. */
    private static List<LabeledText> texts(Row header, Map<String, Block> blocks) {
        List<LabeledText> texts = new ArrayList<>();
        String bureau = CellText.inline(valueAfter(header, BUREAU));
        if (!bureau.isEmpty()) {
            texts.add(new LabeledText(BUREAU, bureau));
        }
        blocks.forEach((label, block) -> {
            if (label.equals(ITEM_NAME)) {
                return;
            }
            List<Row> rows = new ArrayList<>();
            rows.add(block.first());
            if (!label.equals(SCHEDULE)) {
                rows.addAll(block.more()); // under 取組工程 they are the schedule grid, not text
            }
            String text = blockText(rows);
            if (!text.isEmpty()) {
                texts.add(new LabeledText(label, text));
            }
        });
        return texts;
    }

    /** The plain text of a label row (without its label) and of the rows that continue it. */
    private static String blockText(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> filled = rows.get(i).filled();
            for (String cell : i == 0 ? filled.subList(1, filled.size()) : filled) {
                String plain = CellText.plain(cell);
                if (!plain.isEmpty()) {
                    lines.add(plain);
                }
            }
        }
        return String.join("\n", lines);
    }

    // ---- the schedule grid -------------------------------------------------------------------

    /** The grid under 取組工程: a header of fiscal years, then one row per line of tasks. */
    private static Grid grid(SourceText source, Said name, Block schedule) throws ImportException {
        List<Row> rows = schedule.more();
        if (rows.isEmpty()) {
            return new Grid(List.of(), List.of());
        }
        List<Column> columns = yearColumns(rows.get(0));
        if (columns.isEmpty()) {
            int line = rows.get(0).number();
            throw new ImportException(source.problem(line, ImportMessage.PREFECTURE_SCHEDULE_WITHOUT_YEARS, name, String.valueOf(line)));
        }
        List<ScheduleRow> tasks = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            tasks.addAll(tasks(alignedCells(row), columns));
        }
        return new Grid(columns.stream().map(Column::fiscalYear).distinct().sorted().toList(), tasks);
    }

    /** The header's fiscal years by cell index; empty when any filled cell is not a fiscal year. */
    private static List<Column> yearColumns(Row header) {
        List<String> cells = alignedCells(header);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = Normalizer.normalize(CellText.compact(cells.get(i)), Normalizer.Form.NFKC);
            if (cell.isEmpty()) {
                continue;
            }
            if (!YEAR_HEADER.matcher(cell).matches()) {
                return List.of();
            }
            columns.add(new Column(i, FiscalYear.parse(cell).year()));
        }
        return columns;
    }

    /**
     * The extraction drops the empty first cell of grid rows whose task starts in the first
     * column, which shifts them one cell to the left; putting it back realigns them.
     */
    private static List<String> alignedCells(Row row) {
        List<String> cells = new ArrayList<>();
        if (!row.cell(0).isEmpty()) {
            cells.add("");
        }
        row.cells().forEach(c -> cells.add(c.strip()));
        return cells;
    }

    /**
     * The tasks of one grid row. A text starts a task unless the row's latest task already says
     * it (the sheet repeats or shortens a task's name in later years); an arrow carries the
     * latest task on into its year.
     */
    private static List<ScheduleRow> tasks(List<String> cells, List<Column> columns) {
        List<Task> tasks = new ArrayList<>();
        Task current = null;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            int year = nearestYear(i, columns);
            if (ARROW.matcher(CellText.compact(cell)).matches()) {
                if (current != null) {
                    current.fiscalYears().add(year);
                }
                continue;
            }
            String text = CellText.inline(cell);
            if (current == null || !CellText.compact(current.text()).contains(CellText.compact(text))) {
                current = new Task(text, new TreeSet<>());
                tasks.add(current);
            }
            current.fiscalYears().add(year);
        }
        return tasks.stream().map(t -> new ScheduleRow(t.text(), new ArrayList<>(t.fiscalYears()))).toList();
    }

    /** Header and task columns do not line up exactly; a cell midway belongs to the later year. */
    private static int nearestYear(int index, List<Column> columns) {
        Column best = columns.get(0);
        for (Column column : columns) {
            int distance = Math.abs(column.index() - index);
            int bestDistance = Math.abs(best.index() - index);
            if (distance < bestDistance || distance == bestDistance && column.fiscalYear() > best.fiscalYear()) {
                best = column;
            }
        }
        return best.fiscalYear();
    }

    // ---- the indicator under 目標 ------------------------------------------------------------

    /**
     * "NAME 【現状】R3年度：VALUE 【目標】R6年度：TARGET ※NOTE" is an indicator; a 目標 without
     * 【現状】 and 【目標】 is a goal in words and stays a text only.
     */
    private static Optional<Indicator> indicator(SourceText source, Said name, Block goal, List<Integer> planYears)
            throws ImportException {
        String text = blockText(withMore(goal)).replace('\n', ' ');
        Matcher m = INDICATOR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String indicatorName = m.group(1).strip();
        YearValue baseline = yearValue(m.group(2));
        String targetPart = m.group(3);
        int noteStart = targetPart.indexOf('※');
        String note = noteStart < 0 ? null : targetPart.substring(noteStart).strip();
        YearValue target = yearValue(noteStart < 0 ? targetPart : targetPart.substring(0, noteStart));
        Integer targetYear = target.fiscalYear() != null ? target.fiscalYear()
                : planYears.isEmpty() ? null : planYears.get(planYears.size() - 1);
        if (targetYear == null) {
            int line = goal.first().number();
            throw new ImportException(source.problem(line, ImportMessage.PREFECTURE_GOAL_WITHOUT_YEAR, name, String.valueOf(line)));
        }
        return Optional.of(new Indicator(GOAL, indicatorName.isEmpty() ? null : indicatorName, note,
                new Baseline(baseline.fiscalYear(), measure(baseline.value())),
                List.of(new IndicatorValue(targetYear, null, measure(target.value()), null))));
    }

    private static List<Row> withMore(Block block) {
        List<Row> rows = new ArrayList<>();
        rows.add(block.first());
        rows.addAll(block.more());
        return rows;
    }

    /** "R3年度：72.4%" → 2021 and "72.4%"; without a year before the colon, the whole text. */
    private static YearValue yearValue(String part) {
        String text = part.strip();
        Matcher colon = YEAR_COLON.matcher(text);
        if (colon.find()) {
            Optional<FiscalYear> year = FiscalYear.find(text.substring(0, colon.start()));
            if (year.isPresent()) {
                return new YearValue(year.get().year(), text.substring(colon.end()).strip());
            }
        }
        return new YearValue(null, text);
    }

    private static Measure measure(String text) {
        String value = CellText.inline(text);
        return value.isEmpty() ? null : Measure.of(value);
    }

    // ---- sections shared between sheets ------------------------------------------------------

    /** A section being assembled: sheets arrive one by one and may share a 柱 or a ③. */
    private static final class SectionNode {
        private final String label;
        private final String title;
        private final Map<String, SectionNode> children = new LinkedHashMap<>();
        private final List<Initiative> initiatives = new ArrayList<>();

        SectionNode(String label, String title) {
            this.label = label;
            this.title = title;
        }

        void add(List<Level> path, Initiative initiative) {
            if (path.isEmpty()) {
                initiatives.add(initiative);
                return;
            }
            Level level = path.get(0);
            children.computeIfAbsent(level.label(), l -> new SectionNode(l, level.title()))
                    .add(path.subList(1, path.size()), initiative);
        }

        List<Section> childSections() {
            return children.values().stream().map(SectionNode::section).toList();
        }

        Section section() {
            return new Section(label, title, List.of(), childSections(), initiatives);
        }
    }

    private record Sheet(List<Level> path, Initiative initiative, List<Integer> fiscalYears) {
    }

    private record Block(Row first, List<Row> more) {
    }

    private record Level(String label, String title) {
    }

    private record Grid(List<Integer> fiscalYears, List<ScheduleRow> schedule) {
    }

    private record Column(int index, int fiscalYear) {
    }

    private record Task(String text, TreeSet<Integer> fiscalYears) {
    }

    private record YearValue(Integer fiscalYear, String value) {
    }
}
