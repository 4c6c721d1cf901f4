package jp.shinchoku.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * Reads the layout kisarazu-dx-policy-sheet: 木更津市 DX 施策シート (施策ID・成果目標).
 *
 * <p>Each sheet starts at its 施策ID row and runs to the next one. Its header rows (施策名, 主管部署,
 * 関連部署) are followed by labelled narrative rows, then by 取組みスケジュールと成果目標: schedule task
 * rows and indicator triplets (評価項目 / 目標 / 実績). The document names neither itself, its
 * organisation nor the groups 01…04 of its sheets.
 */
final class KisarazuDxPolicySheetImporter implements PlanImporter {

    private static final String TITLE = "DX推進計画 施策シート";
    /** The plan runs R4-R7; the year columns are always cells 2..5, whatever the header row says. */
    private static final List<Integer> FISCAL_YEARS = List.of(2022, 2023, 2024, 2025);
    private static final int FIRST_YEAR_CELL = 2;

    private static final String ID = "施策ID";
    private static final String NAME = "施策名";
    private static final String OWNER = "主管部署";
    private static final String RELATED = "関連部署";
    private static final String CONTENT = "施策内容";
    private static final String SCHEDULE = "取組みスケジュールと成果目標";
    private static final String SCHEDULE_HEADER = "取組内容";
    private static final String INDICATOR_NAME = "評価項目";
    private static final String TARGET = "目標";
    private static final String ACTUAL = "実績";
    private static final Set<String> HEADER_LABELS = Set.of(ID, NAME, OWNER, RELATED, CONTENT, "施策概要");

    private static final Pattern CODE = Pattern.compile("\\d{2}-\\d{2}");
    private static final Pattern RELATED_SEPARATORS = Pattern.compile("[、・]");
    private static final Pattern PARENTHETICAL = Pattern.compile("[(（][^()（）]*[)）]");
    /** Placeholders written where a year has no indicator name: "-", "_" or a stray "1". */
    private static final Pattern NO_NAME = Pattern.compile("[-_ー－‐]*|\\d+");
    /** A year cell of the schedule means something only if it holds a letter or digit ("'" is dust). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    @Override
    public String layout() {
        return "kisarazu-dx-policy-sheet";
    }

    @Override
    public String description() {
        return "木更津市 DX 施策シート (施策ID・成果目標)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        List<Row> rows = source.rows();
        return rows.stream().anyMatch(r -> r.cell(0).equals(ID))
                && rows.stream().anyMatch(r -> r.cell(0).equals(NAME))
                && rows.stream().anyMatch(r -> r.indexOf(SCHEDULE) >= 0);
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        List<List<Row>> sheets = source.blocksStartingWith(ID);
        if (sheets.isEmpty()) {
            throw new ImportException(source.problem(1, ImportMessage.DX_NO_SHEET));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        Map<String, List<Initiative>> bySection = new LinkedHashMap<>();
        for (List<Row> rows : sheets) {
            Sheet sheet = new Sheet(source, rows, problems);
            Initiative initiative = sheet.read();
            if (initiative == null) {
                continue;
            }
            Integer earlier = firstLineOfCode.putIfAbsent(initiative.code(), sheet.line());
            if (earlier != null) {
                problems.add(source.problem(sheet.line(), ImportMessage.DX_SHEET_TWICE,
                        initiative.code(), String.valueOf(earlier)));
                continue;
            }
            bySection.computeIfAbsent(initiative.code().substring(0, 2), k -> new ArrayList<>()).add(initiative);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        List<Section> sections = new ArrayList<>();
        // The document does not name its groups: the ID prefix is all there is.
        bySection.forEach((prefix, initiatives) -> sections.add(new Section(prefix, null, null, null, initiatives)));
        return WrapJoin.apply(new PlanDocument(PlanDocument.FORMAT, null, TITLE, null, FISCAL_YEARS,
                new Source(source.fileName(), layout()), null, sections));
    }


    /** One 施策シート being read; problems go to the shared list so that every sheet gets reported. */
    private static final class Sheet {

        private final SourceText source;
        private final List<Row> rows;
        private final List<ImportProblem> problems;
        private final String code;

        Sheet(SourceText source, List<Row> rows, List<ImportProblem> problems) {
            this.source = source;
            this.rows = rows;
            this.problems = problems;
            this.code = CellText.inline(rows.get(0).cell(1));
        }

        int line() {
            return rows.get(0).number();
        }

        /** The initiative, or null after recording why the sheet cannot be read. */
        Initiative read() {
            if (!CODE.matcher(code).matches()) {
                return fail(line(), ImportMessage.DX_BAD_CODE.with(code));
            }
            String title = CellText.inline(header(NAME));
            if (title.isEmpty()) {
                return fail(line(), ImportMessage.DX_NO_TITLE.with(code, String.valueOf(line())));
            }
            int schedule = indexOf(SCHEDULE);
            if (schedule < 0) {
                return cutOff(ImportMessage.DX_ENDS_BEFORE_SCHEDULE, SCHEDULE);
            }
            int firstIndicator = firstIndicatorRow(schedule);
            if (firstIndicator < 0) {
                return cutOff(ImportMessage.DX_ENDS_BEFORE_INDICATORS, INDICATOR_NAME);
            }
            List<Indicator> indicators = indicators(firstIndicator);
            if (indicators == null) {
                return null;
            }
            String owner = Departments.name(header(OWNER));
            return new Initiative(code, null, title, owner.isEmpty() ? List.of() : List.of(owner),
                    relatedDepartments(), List.of(), null, texts(schedule), schedule(schedule, firstIndicator),
                    indicators);
        }

        private Initiative cutOff(ImportMessage endsBefore, String missing) {
            return fail(line(), endsBefore.with(code, String.valueOf(line()), missing));
        }

        private Initiative fail(int line, Said problem) {
            problems.add(source.problem(line, problem));
            return null;
        }

        /** The text of the first row labelled {@code label} (in cell 0), or "". */
        private String header(String label) {
            return rows.stream().filter(r -> r.cell(0).equals(label)).map(r -> r.cell(1)).findFirst().orElse("");
        }

        private int indexOf(String cellText) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).indexOf(cellText) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        private int firstIndicatorRow(int schedule) {
            for (int i = schedule + 1; i < rows.size(); i++) {
                if (isIndicatorRow(rows.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isIndicatorRow(Row row) {
            String kind = row.cell(1);
            return kind.equals(INDICATOR_NAME) || kind.equals(TARGET) || kind.equals(ACTUAL);
        }

        /**
         * Departments split at 、 and ・. A remark in brackets (産業振興課(…から市民活動支援課を削除)) names
         * departments that are not related, so it is left out of the list and kept as a text instead.
         */
        private List<String> relatedDepartments() {
            String cell = CellText.inline(header(RELATED));
            return Departments.split(PARENTHETICAL.matcher(cell).replaceAll(""), RELATED_SEPARATORS);
        }

        /** The whole 関連部署 cell when it carries a remark, then the narrative rows, in source order. */
        private List<LabeledText> texts(int schedule) {
            List<LabeledText> texts = new ArrayList<>();
            String related = CellText.inline(header(RELATED));
            if (PARENTHETICAL.matcher(related).find()) {
                texts.add(new LabeledText(RELATED, related));
            }
            for (Row row : rows.subList(1, schedule)) {
                String label = CellText.inline(row.cell(0));
                String text = CellText.plain(row.cell(1));
                if (!label.isEmpty() && !HEADER_LABELS.contains(label) && !text.isEmpty()) {
                    texts.add(new LabeledText(label, text));
                }
            }
            return texts;
        }

        /**
         * Task rows between the schedule's header and the first indicator row. The arrows that drew
         * each task's years were lost in the extraction, so a task knows its years only where the
         * year cells hold words (試験運用・検証 / 運 / 用).
         */
        private List<ScheduleRow> schedule(int schedule, int firstIndicator) {
            List<ScheduleRow> tasks = new ArrayList<>();
            for (Row row : rows.subList(schedule + 1, firstIndicator)) {
                String task = CellText.inline(row.cell(1));
                if (task.isEmpty() || task.startsWith(SCHEDULE_HEADER)) {
                    continue;
                }
                List<Integer> years = new ArrayList<>();
                for (int i = 0; i < FISCAL_YEARS.size(); i++) {
                    if (WORD.matcher(row.cell(FIRST_YEAR_CELL + i)).find()) {
                        years.add(FISCAL_YEARS.get(i));
                    }
                }
                tasks.add(new ScheduleRow(task, years));
            }
            return tasks;
        }

        /**
         * Indicator triplets: a 評価項目 row opens one, its 目標 and 実績 rows follow. Cell 0 of these
         * rows is OCR debris (成, (1), U, 럾 …), so indicators are labelled by their place. A missing
         * 実績 row (the last sheet is cut off there) leaves the actuals empty.
         */
        private List<Indicator> indicators(int firstIndicator) {
            List<Row[]> triplets = new ArrayList<>();
            for (Row row : rows.subList(firstIndicator, rows.size())) {
                if (!isIndicatorRow(row)) {
                    continue;
                }
                String kind = row.cell(1);
                if (kind.equals(INDICATOR_NAME)) {
                    triplets.add(new Row[3]);
                } else if (triplets.isEmpty()) {
                    fail(row.number(), ImportMessage.DX_ROW_BEFORE_INDICATOR.with(code, kind, INDICATOR_NAME));
                    return null;
                }
                Row[] triplet = triplets.get(triplets.size() - 1);
                int slot = kind.equals(INDICATOR_NAME) ? 0 : kind.equals(TARGET) ? 1 : 2;
                if (triplet[slot] != null) {
                    fail(row.number(), ImportMessage.DX_SECOND_ROW.with(code, kind, INDICATOR_NAME));
                    return null;
                }
                triplet[slot] = row;
            }
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < triplets.size(); i++) {
                Indicator indicator = indicator(i, triplets.get(i));
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
            return indicators;
        }

        /** The indicator, or null for a blank triplet the sheet's template left unused. */
        private Indicator indicator(int index, Row[] triplet) {
            List<String> names = yearCells(triplet[0]);
            List<String> targets = yearCells(triplet[1]);
            List<String> actuals = yearCells(triplet[2]);
            if (allEmpty(names) && allEmpty(targets) && allEmpty(actuals)) {
                return null;
            }
            String label = "成果目標" + (char) ('①' + index);
            // a KPI always has a name; where every year's name cell is a placeholder, its place names it
            String name = names.stream().filter(Sheet::isName).findFirst().orElse(label);
            List<IndicatorValue> values = new ArrayList<>();
            for (int i = 0; i < FISCAL_YEARS.size(); i++) {
                String yearName = names.get(i);
                String ownName = isName(yearName) && !CellText.compact(yearName).equals(CellText.compact(name))
                        ? yearName : null;
                Measure target = measure(targets.get(i));
                Measure actual = measure(actuals.get(i));
                if (ownName != null || target != null || actual != null) {
                    values.add(new IndicatorValue(FISCAL_YEARS.get(i), ownName, target, actual));
                }
            }
            return new Indicator(label, name, null, null, values);
        }

        /** The four year cells of a row, folded to one line; "" each when the row is missing. */
        private static List<String> yearCells(Row row) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < FISCAL_YEARS.size(); i++) {
                cells.add(row == null ? "" : CellText.inline(row.cell(FIRST_YEAR_CELL + i)));
            }
            return cells;
        }

        private static boolean allEmpty(List<String> cells) {
            return cells.stream().allMatch(String::isEmpty);
        }

        private static boolean isName(String cell) {
            return !NO_NAME.matcher(cell).matches();
        }

        private static Measure measure(String cell) {
            return cell.isEmpty() ? null : Measure.of(cell);
        }
    }
}
