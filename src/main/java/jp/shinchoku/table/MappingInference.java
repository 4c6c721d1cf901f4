package jp.shinchoku.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportProblem;
import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;

/**
 * Works out how a table is laid out: which line is its header (one line, or two where years
 * stand over 目標 / 実績 or the other way round), and what each column holds, from its header
 * and, where the header says nothing, from its cells.
 */
final class MappingInference {

    static final Reason GIVEN = Reason.of(TableMessage.GIVEN);
    static final Reason NOT_UNDERSTOOD = Reason.of(TableMessage.NOT_UNDERSTOOD);
    private static final int HEADER_SEARCH = 40;
    private static final int SAMPLE = 200;
    private static final Pattern PERIOD = Pattern.compile(
            "(令和|平成|R|H)?(\\d{1,4}|元)年?度?[～~〜\\-－ー–]+(令和|平成|R|H)?(\\d{1,4})年?度?");

    private MappingInference() {
    }

    static TableMapping infer(Grid grid, MappingOverride override) throws ImportException {
        Attempt attempt = attempt(grid, override);
        if (!attempt.problems().isEmpty()) {
            throw new ImportException(attempt.problems());
        }
        return attempt.mapping();
    }

    /**
     * The mapping as far as it goes, and the columns it could not place: those are read as ignored
     * ("not understood") so that a person can see the whole table and say what they hold.
     *
     * @throws ImportException when there is no header to map at all, or the override names no column
     */
    static Attempt attempt(Grid grid, MappingOverride override) throws ImportException {
        int[] header = override.firstHeaderLine() != null
                ? new int[] {indexOfLine(grid, override.firstHeaderLine()),
                        indexOfLine(grid, override.lastHeaderLine() == null ? override.firstHeaderLine()
                                : override.lastHeaderLine())}
                : findHeader(grid);
        List<Grid.Line> headerLines = grid.lines().subList(header[0], header[1] + 1);
        List<Grid.Line> data = grid.lines().subList(header[1] + 1, grid.lines().size()).stream()
                .filter(l -> !l.isBlank()).limit(SAMPLE).toList();
        Integer periodEnd = override.periodEnd() != null ? override.periodEnd()
                : periodEnd(grid.lines().subList(0, header[0]));
        List<String> headers = headerTexts(headerLines, grid.width());
        List<Column> columns = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int headerLine = headerLines.get(headerLines.size() - 1).number();
        Map<Integer, MappingOverride.ColumnSpec> given = given(grid, headers, override);
        for (int c = 0; c < Math.max(headers.size(), given.keySet().stream().mapToInt(i -> i + 1).max().orElse(0)); c++) {
            String text = c < headers.size() ? headers.get(c) : "";
            MappingOverride.ColumnSpec spec = given.get(c);
            columns.add(spec != null ? new Column(c, text, spec.role(), spec.fiscalYear(), spec.kind(), GIVEN)
                    : column(grid, c, text, cells(data, c), headerLine, problems));
        }
        columns = settle(grid, columns, data, periodEnd, headerLine, problems);
        return new Attempt(new TableMapping(override.sheet(), headerLines.get(0).number(), headerLine, periodEnd,
                columns.stream().filter(c -> c != null).toList()), List.copyOf(problems));
    }

    /** A mapping and what is wrong with it; the mapping is usable only when there are no problems. */
    record Attempt(TableMapping mapping, List<ImportProblem> problems) {
    }

    private static int indexOfLine(Grid grid, int number) throws ImportException {
        for (int i = 0; i < grid.lines().size(); i++) {
            if (grid.lines().get(i).number() == number) {
                return i;
            }
        }
        throw new ImportException(Reason.of(TableMessage.NO_SUCH_HEADER_LINE, String.valueOf(number))
                .at(grid.fileName(), number));
    }

    /** The first line that names an indicator column and a value column, joined with a header line above or below. */
    private static int[] findHeader(Grid grid) throws ImportException {
        List<Grid.Line> lines = grid.lines();
        for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH); i++) {
            if (lines.get(i).isBlank() || score(List.of(lines.get(i)), grid.width()) < 0) {
                continue;
            }
            int[] best = {i, i};
            int bestScore = score(List.of(lines.get(i)), grid.width());
            if (i > 0 && headerLike(lines.get(i - 1))) {
                int s = score(lines.subList(i - 1, i + 1), grid.width());
                if (s > bestScore) {
                    best = new int[] {i - 1, i};
                    bestScore = s;
                }
            }
            if (i + 1 < lines.size() && headerLike(lines.get(i + 1))) {
                int s = score(lines.subList(i, i + 2), grid.width());
                if (s > bestScore) {
                    best = new int[] {i, i + 1};
                }
            }
            return best;
        }
        throw new ImportException(Reason.of(TableMessage.NO_HEADER, String.valueOf(HEADER_SEARCH), TableFix.GIVE_HEADER)
                .at(grid.fileName(), 1));
    }

    /** How well header lines read: -1 without an indicator and a value column; more for years paired with kinds. */
    private static int score(List<Grid.Line> headerLines, int width) {
        boolean indicator = false;
        boolean value = false;
        int score = 0;
        for (String h : headerTexts(headerLines, width)) {
            Optional<Headings.Meaning> m = Headings.meaning(h);
            if (m.isEmpty()) {
                continue;
            }
            score++;
            indicator |= m.get().role() == Role.INDICATOR;
            value |= m.get().role() == Role.VALUE || m.get().role() == Role.YEAR;
            if (m.get().role() == Role.VALUE && m.get().fiscalYear() != null && m.get().kind() != null) {
                score += 2;
            }
        }
        return indicator && value ? score : -1;
    }

    /** A line of years or kinds (令和4年度 | 令和5年度, or 目標 | 実績 | 目標 | 実績) and no plain numbers. */
    private static boolean headerLike(Grid.Line line) {
        List<String> filled = line.filled();
        return filled.stream().filter(Headings::isYearOrKind).count() >= 2
                && filled.stream().noneMatch(c -> Headings.compact(c).matches("^[\\d.,%]+$"));
    }

    /**
     * The header of each column, its header lines joined. A year or kind over several columns
     * (merged, or written once in CSV) stands over each column below it that has a year or kind.
     */
    static List<String> headerTexts(List<Grid.Line> headerLines, int width) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (int h = 0; h < headerLines.size(); h++) {
                String cell = headerLines.get(h).cell(c);
                if (cell.isEmpty() && h < headerLines.size() - 1) {
                    String below = headerLines.get(headerLines.size() - 1).cell(c);
                    String left = carried(headerLines.get(h), c);
                    if (Headings.isYearOrKind(below) && left != null) {
                        cell = left;
                    }
                }
                if (!cell.isEmpty() && !parts.contains(cell)) {
                    parts.add(cell);
                }
            }
            texts.add(String.join(" ", parts));
        }
        return texts;
    }

    private static String carried(Grid.Line line, int column) {
        for (int c = column - 1; c >= 0; c--) {
            if (!line.cell(c).isEmpty()) {
                return Headings.isYearOrKind(line.cell(c)) || Headings.kind(line.cell(c)) != null ? line.cell(c) : null;
            }
        }
        return null;
    }

    private static List<String> cells(List<Grid.Line> data, int column) {
        return data.stream().map(l -> l.cell(column)).filter(s -> !s.isEmpty()).toList();
    }

    private static Column column(Grid grid, int c, String header, List<String> cells, int headerLine,
            List<ImportProblem> problems) {
        Optional<Headings.Meaning> meaning = Headings.meaning(header);
        boolean valueHeader = meaning.isPresent() && meaning.get().role() == Role.VALUE;
        if (!valueHeader && cells.size() >= 2 && cells.stream().allMatch(Headings::isKindWord)) {
            return Column.of(c, header, Role.KIND, Reason.of(TableMessage.KIND_CELLS,
                    String.join(" / ", cells.stream().distinct().toList())));
        }
        if (meaning.isPresent()) {
            Headings.Meaning m = meaning.get();
            return new Column(c, header, m.role(), m.fiscalYear(), m.kind(), m.reason());
        }
        if (cells.isEmpty()) {
            return header.isEmpty() ? null : Column.of(c, header, Role.IGNORE, Reason.of(TableMessage.NO_CELLS, header));
        }
        if (mostlyNumbers(cells)) {
            problems.add((header.isEmpty() ? Reason.of(TableMessage.VALUES_WITHOUT_HEADER, TableFix.SAY_YEAR_AND_KIND)
                    : Reason.of(TableMessage.HEADER_NOT_UNDERSTOOD, Headings.compact(header), TableFix.SAY_WHAT_IT_HOLDS))
                    .at(grid.fileName(), headerLine, grid.columnName(c)));
            return Column.of(c, header, Role.IGNORE, NOT_UNDERSTOOD);
        }
        return Column.of(c, header, header.isEmpty() ? Role.IGNORE : Role.TEXT, header.isEmpty()
                ? Reason.of(TableMessage.NO_HEADER_WORDS) : Reason.of(TableMessage.WORDS, Headings.compact(header)));
    }

    private static boolean mostlyNumbers(List<String> cells) {
        long numbers = cells.stream().filter(c -> CellReader.read(c) instanceof Reading.Quantity).count();
        return numbers * 2 > cells.size();
    }

    /** The columns the mapping names, by index. */
    private static Map<Integer, MappingOverride.ColumnSpec> given(Grid grid, List<String> headers,
            MappingOverride override) throws ImportException {
        Map<Integer, MappingOverride.ColumnSpec> given = new java.util.HashMap<>();
        for (Map.Entry<String, MappingOverride.ColumnSpec> e : override.columns().entrySet()) {
            given.put(columnIndex(grid, headers, e.getKey()), e.getValue());
        }
        return given;
    }

    /** A column named by letter (C), number (3) or header text. */
    private static int columnIndex(Grid grid, List<String> headers, String key) throws ImportException {
        for (int c = 0; c < headers.size(); c++) {
            if (Headings.compact(headers.get(c)).equals(Headings.compact(key))) {
                return c;
            }
        }
        if (key.matches("^\\d+$")) {
            return Integer.parseInt(key) - 1;
        }
        if (key.matches("^[A-Z]{1,2}$")) {
            int index = 0;
            for (char ch : key.toCharArray()) {
                index = index * 26 + (ch - 'A' + 1);
            }
            return index - 1;
        }
        throw new ImportException(Reason.of(TableMessage.UNKNOWN_COLUMN, key).at(grid.fileName(), 1));
    }

    /** What can only be decided with all columns known: the initiative, and the years and kinds left open. */
    private static List<Column> settle(Grid grid, List<Column> columns, List<Grid.Line> data, Integer periodEnd,
            int headerLine, List<ImportProblem> problems) {
        List<Column> result = new ArrayList<>(columns);
        boolean yearColumn = result.stream().anyMatch(c -> c != null && c.role() == Role.YEAR);
        boolean kindColumn = result.stream().anyMatch(c -> c != null && c.role() == Role.KIND);
        if (result.stream().noneMatch(c -> c != null && c.role() == Role.INDICATOR)) {
            // a transposed or pasted table often leaves the indicator column without a header
            for (int i = 0; i < result.size(); i++) {
                Column c = result.get(i);
                if (c != null && (c.role() == Role.IGNORE || c.role() == Role.TEXT) && !cells(data, i).isEmpty()
                        && !mostlyNumbers(cells(data, i)) && c.header().isEmpty()) {
                    result.set(i, Column.of(i, c.header(), Role.INDICATOR, Reason.of(TableMessage.FIRST_WORDS_INDICATOR)));
                    break;
                }
            }
        }
        int initiative = -1;
        for (int i = 0; i < result.size(); i++) {
            Column c = result.get(i);
            if (c != null && c.role() == Role.SECTION && !c.reason().equals(GIVEN)) {
                initiative = i;
            }
        }
        if (initiative >= 0 && result.stream().noneMatch(c -> c != null && c.role() == Role.INITIATIVE)) {
            Column c = result.get(initiative);
            result.set(initiative, Column.of(initiative, c.header(), Role.INITIATIVE,
                    Reason.of(TableMessage.INNERMOST_LEVEL, c.reason())));
        }
        for (int i = 0; i < result.size(); i++) {
            Column c = result.get(i);
            if (c == null || c.role() != Role.VALUE) {
                continue;
            }
            if (c.reason().message() == TableMessage.PERIOD_END_TARGET) {
                if (periodEnd == null) {
                    problems.add(Reason.of(TableMessage.PERIOD_UNKNOWN, Headings.compact(c.header()), TableFix.GIVE_PERIOD_END)
                            .at(grid.fileName(), headerLine, grid.columnName(i)));
                } else {
                    result.set(i, new Column(i, c.header(), Role.VALUE, periodEnd, Kind.TARGET,
                            Reason.of(TableMessage.PERIOD_END_OF, c.reason(), FiscalYear.of(periodEnd).label())));
                }
                continue;
            }
            if (c.fiscalYear() == null && !yearColumn) {
                result.set(i, yearless(grid, c, periodEnd, kindColumn, headerLine, problems));
                continue;
            }
            if (c.kind() == null && !kindColumn) {
                result.set(i, new Column(i, c.header(), Role.VALUE, c.fiscalYear(), Kind.ACTUAL,
                        Reason.of(TableMessage.YEAR_ALONE_ACTUAL, c.reason())));
            }
        }
        return result;
    }

    /** A value column of no year in a table that gives none per row either. */
    private static Column yearless(Grid grid, Column c, Integer periodEnd, boolean kindColumn, int headerLine,
            List<ImportProblem> problems) {
        if (c.kind() == Kind.BASELINE || c.kind() == Kind.ACTUAL) {
            return new Column(c.index(), c.header(), Role.VALUE, null, Kind.BASELINE,
                    Reason.of(TableMessage.NO_YEAR_BASELINE, c.reason()));
        }
        if (c.kind() == Kind.TARGET && periodEnd != null) {
            return new Column(c.index(), c.header(), Role.VALUE, periodEnd, Kind.TARGET,
                    Reason.of(TableMessage.NO_YEAR_PERIOD_END, c.reason(), FiscalYear.of(periodEnd).label()));
        }
        problems.add(Reason.of(kindColumn ? TableMessage.NO_YEAR_BESIDE_KIND_COLUMN : TableMessage.NO_YEAR,
                Headings.compact(c.header()), TableFix.SAY_YEAR).at(grid.fileName(), headerLine, grid.columnName(c.index())));
        return Column.of(c.index(), c.header(), Role.IGNORE, NOT_UNDERSTOOD);
    }

    /** The last year of a plan period stated above the header (計画期間：令和3年度～令和7年度). */
    static Integer periodEnd(List<Grid.Line> above) {
        for (Grid.Line line : above) {
            for (String cell : line.filled()) {
                Matcher m = PERIOD.matcher(Headings.compact(cell));
                while (m.find()) {
                    String startEra = m.group(1);
                    String endEra = m.group(3) != null ? m.group(3) : startEra;
                    if (startEra == null && !m.group(2).matches("\\d{4}")) {
                        continue;
                    }
                    String end = (endEra == null ? "" : endEra) + m.group(4) + (endEra == null ? "年度" : "");
                    Optional<FiscalYear> year = FiscalYear.findInHeading(end);
                    if (year.isPresent() && m.group(4).length() != 3) {
                        return year.get().year();
                    }
                }
            }
        }
        return null;
    }
}
