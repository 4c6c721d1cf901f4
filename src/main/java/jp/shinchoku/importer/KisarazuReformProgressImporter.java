package jp.shinchoku.importer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;

/**
 * Reads Kisarazu's yearly progress report on its 経営改革推進計画: a cover, a 目次 listing the five
 * pillars (ヒト・モノ・カネ・情報・協働) and every 事業No., はじめに, one heading per pillar, then one
 * block per item (取組視点, 事業No. row, 現状と課題, 課題解決…, 指標① / 指標② tables, 活動経過).
 *
 * <p>The indicator tables come out of the PDF damaged: names are mostly lost, the R8 row is
 * shifted left, and after the 活動経過 label the extraction repeats an indicator table and
 * sometimes carries the rows that were missing before. Rows read after 活動経過 therefore only
 * fill what the item does not have yet. The 目次 tells a complete document from a cut one.
 */
final class KisarazuReformProgressImporter implements PlanImporter {

    private static final String POINT_OF_VIEW = "取組視点";
    private static final String INTRODUCTION = "はじめに";
    private static final Set<String> ITEM_TEXT_LABELS = Set.of("現状と課題", "課題解決に向けた方向性・活動内容");
    /** Column headings of an indicator table: never data. */
    private static final Set<String> TABLE_HEADINGS = Set.of("名称", "年度", "目標値", "結果", "(各年度末時点)");

    private static final Pattern PILLAR = Pattern.compile("^(?:#+\\s*)?(5つの柱[①-⑳])\\s*(\\S.*)$");
    private static final Pattern TOC_ITEM = Pattern.compile("^事業No\\.\\s*(\\d+)\\s*(.*)$");
    private static final Pattern CODE = Pattern.compile("^\\d+$");
    private static final Pattern INDICATOR = Pattern.compile("^指標[①-⑳]$");
    private static final Pattern PROGRESS = Pattern.compile("^令和\\S+年度の活動経過");
    private static final Pattern YEAR_CELL = Pattern.compile("^R\\d{1,2}(?:年度)?$");
    private static final Pattern AS_OF = Pattern.compile("令和(\\d{1,2}|元)年(\\d{1,2})月(\\d{1,2})日現在");
    private static final Pattern PERIOD = Pattern.compile("(令和(?:\\d{1,2}|元)年度)から(令和(?:\\d{1,2}|元)年度)");
    /** 千葉県木更津市 → 木更津市: the registry names a city without its prefecture. */
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "^(?:北海道|東京都|京都府|大阪府|\\S{2,3}県)?(\\S+[市町村])$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final int REIWA_OFFSET = 2018;

    @Override
    public String layout() {
        return "kisarazu-reform-progress";
    }

    @Override
    public String description() {
        return "木更津市 経営改革推進計画 進捗状況 (5つの柱・指標)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return source.contains("経営改革推進計画")
                && source.rows().stream().anyMatch(r -> r.cell(0).startsWith("事業No."))
                && source.rows().stream().anyMatch(r -> r.cell(0).equals("指標①"));
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        List<ImportProblem> problems = new ArrayList<>();
        Cover cover = readCover(source, problems);
        List<LabeledText> texts = introduction(source);
        Map<String, PillarDraft> pillars = pillarHeadings(source);
        List<ItemDraft> items = readItems(source, pillars);
        for (ItemDraft item : items) {
            item.checkComplete(source, problems);
        }
        checkTableOfContents(source, items, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::line));
            throw new ImportException(problems);
        }
        return WrapJoin.apply(new PlanDocument(PlanDocument.FORMAT, cover.organization, cover.title, cover.asOf,
                fiscalYears(texts, items), new Source(source.fileName(), layout()), texts,
                pillars.values().stream().map(PillarDraft::build).toList()));
    }

    // --- cover and plan-level texts -------------------------------------------------------------

    private record Cover(String title, LocalDate asOf, String organization) {
    }

    /** The lines before the 目次: "# 経営改革推進計画", 令和5年度, 進捗状況, the date, the municipality. */
    private static Cover readCover(SourceText source, List<ImportProblem> problems) {
        List<String> titleParts = new ArrayList<>();
        LocalDate asOf = null;
        String organization = null;
        for (Row row : source.rows()) {
            String line = CellText.inline(row.cell(0));
            if (isTableOfContentsHeading(row)) {
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher date = AS_OF.matcher(nfkc(line));
            if (date.find()) {
                asOf = reiwaDate(date);
                if (asOf == null) {
                    problems.add(source.problem(row.number(), ImportMessage.PROGRESS_NOT_A_DATE, line));
                    break;
                }
            } else if (line.startsWith("#") && titleParts.isEmpty()) {
                titleParts.add(line.replaceFirst("^#+\\s*", ""));
            } else if (asOf == null && !titleParts.isEmpty()) {
                titleParts.add(line);
            } else if (asOf != null) {
                // The line after the date names the issuer; nothing after it belongs to the cover.
                organization = municipality(line);
                break;
            }
        }
        if (titleParts.isEmpty()) {
            problems.add(source.problem(1, ImportMessage.PROGRESS_NO_TITLE));
        }
        return new Cover(String.join(" ", titleParts), asOf, organization);
    }

    private static boolean isTableOfContentsHeading(Row row) {
        return CellText.compact(row.cell(0)).equals("#目次");
    }

    /** 令和N年 is 2018 + N; null for a day the calendar does not have. */
    private static LocalDate reiwaDate(Matcher date) {
        int year = REIWA_OFFSET + (date.group(1).equals("元") ? 1 : Integer.parseInt(date.group(1)));
        try {
            return LocalDate.of(year, Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String municipality(String line) {
        Matcher m = MUNICIPALITY.matcher(CellText.compact(line));
        return m.matches() ? m.group(1) : null;
    }

    /** The paragraphs under "## はじめに" up to the next heading. */
    private static List<LabeledText> introduction(SourceText source) {
        List<String> paragraphs = new ArrayList<>();
        boolean inside = false;
        for (Row row : source.rows()) {
            String line = row.cell(0);
            if (line.startsWith("#")) {
                inside = CellText.inline(line.replaceFirst("^#+", "")).equals(INTRODUCTION);
            } else if (inside && !row.isBlank()) {
                paragraphs.add(CellText.plain(String.join(" ", row.filled())));
            }
        }
        return paragraphs.isEmpty() ? List.of() : List.of(new LabeledText(INTRODUCTION, String.join("\n", paragraphs)));
    }

    /** The plan period named in はじめに (令和5年度から令和8年度); else the years the indicators use. */
    private static List<Integer> fiscalYears(List<LabeledText> texts, List<ItemDraft> items) {
        for (LabeledText text : texts) {
            Matcher m = PERIOD.matcher(nfkc(CellText.compact(text.text())));
            if (m.find()) {
                int from = FiscalYear.parse(m.group(1)).year();
                int to = FiscalYear.parse(m.group(2)).year();
                return IntStream.rangeClosed(from, to).boxed().toList();
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        items.forEach(item -> item.indicators.forEach(i -> years.addAll(i.values.keySet())));
        return List.copyOf(years);
    }

    // --- pillars, items and the 目次 check --------------------------------------------------------

    /** "### 5つの柱① ヒト" and the paragraph under it, in document order. */
    private static Map<String, PillarDraft> pillarHeadings(SourceText source) {
        Map<String, PillarDraft> pillars = new LinkedHashMap<>();
        PillarDraft current = null;
        for (Row row : source.rows()) {
            Matcher m = PILLAR.matcher(row.cell(0));
            if (row.cell(0).startsWith("#") && m.matches()) {
                current = new PillarDraft(m.group(1), CellText.inline(m.group(2)));
                pillars.put(current.label, current);
            } else if (row.cell(0).startsWith("#") || row.cells().size() > 1) {
                current = null;
            } else if (current != null && !row.isBlank()) {
                current.description.add(CellText.plain(row.cell(0)));
            }
        }
        return pillars;
    }

    /** Splits the body at its 取組視点 rows; each block is one item under the pillar it names. */
    private static List<ItemDraft> readItems(SourceText source, Map<String, PillarDraft> pillars) {
        List<ItemDraft> items = new ArrayList<>();
        ItemDraft current = null;
        for (Row row : source.rows()) {
            if (row.cell(0).equals(POINT_OF_VIEW)) {
                current = new ItemDraft(row);
                items.add(current);
                pillarOf(row, pillars).items.add(current);
            } else if (current != null) {
                current.read(row);
            }
        }
        return items;
    }

    private static PillarDraft pillarOf(Row row, Map<String, PillarDraft> pillars) {
        String cell = CellText.inline(row.cell(1));
        Matcher m = PILLAR.matcher(cell);
        String label = m.matches() ? m.group(1) : cell;
        String title = m.matches() ? CellText.inline(m.group(2)) : cell;
        return pillars.computeIfAbsent(label, l -> new PillarDraft(l, title));
    }

    /** Every 事業No. the 目次 lists must have its block in the body; a missing one means a cut file. */
    private static void checkTableOfContents(SourceText source, List<ItemDraft> items, List<ImportProblem> problems) {
        Set<String> present = new TreeSet<>();
        items.stream().filter(i -> i.code != null).forEach(i -> present.add(i.code));
        int listed = 0;
        for (Row row : source.rows()) {
            if (row.cell(0).startsWith("#") && !isTableOfContentsHeading(row) && listed > 0) {
                break;
            }
            Matcher m = TOC_ITEM.matcher(CellText.inline(row.cell(0)));
            if (!row.cell(0).startsWith("#") && m.matches()) {
                listed++;
                if (!present.contains(m.group(1))) {
                    problems.add(source.problem(row.number(), ImportMessage.PROGRESS_MISSING_FROM_BODY,
                            CellText.inline(row.cell(0)), m.group(1)));
                }
            }
        }
        if (listed == 0 && items.isEmpty()) {
            problems.add(source.problem(1, ImportMessage.PROGRESS_NOTHING));
        }
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static boolean isTableHeading(String cell) {
        return TABLE_HEADINGS.contains(nfkc(CellText.compact(cell)));
    }

    private static boolean isYearCell(String cell) {
        return YEAR_CELL.matcher(nfkc(cell.strip())).matches();
    }

    // --- drafts ---------------------------------------------------------------------------------

    private static final class PillarDraft {
        private final String label;
        private final String title;
        private final List<String> description = new ArrayList<>();
        private final List<ItemDraft> items = new ArrayList<>();

        private PillarDraft(String label, String title) {
            this.label = label;
            this.title = title;
        }

        private Section build() {
            List<LabeledText> texts = description.isEmpty() ? List.of()
                    : List.of(new LabeledText(POINT_OF_VIEW, String.join("\n", description)));
            return new Section(label, title, texts, List.of(), items.stream().map(ItemDraft::build).toList());
        }
    }

    /** One 事業No. block, read row by row. */
    private static final class ItemDraft {
        private final int startLine;
        private int lastLine;
        private String code;
        private int codeLine;
        private String title;
        private List<String> owners = List.of();
        private final Map<String, List<String>> texts = new LinkedHashMap<>();
        private String lastTextLabel;
        private final List<IndicatorDraft> indicators = new ArrayList<>();
        private String progressLabel;

        private ItemDraft(Row pointOfView) {
            this.startLine = pointOfView.number();
            this.lastLine = pointOfView.number();
        }

        private void read(Row row) {
            if (row.isBlank()) {
                return;
            }
            lastLine = row.number();
            String head = row.cell(0);
            if (head.equals("事業No.")) {
                return;
            }
            if (progressLabel != null && PROGRESS.matcher(head).find()) {
                // The extraction repeats the label where the text moved to a later row (item 15).
                readAfterProgress(row, 1);
            } else if (code == null && CODE.matcher(head).matches()) {
                readCodeRow(row);
            } else if (progressLabel == null && ITEM_TEXT_LABELS.contains(head)) {
                addText(head, row, 1);
            } else if (progressLabel == null && INDICATOR.matcher(head).matches()) {
                IndicatorDraft indicator = new IndicatorDraft(head);
                indicators.add(indicator);
                indicator.readTableRow(row, 1);
            } else if (progressLabel == null && PROGRESS.matcher(head).find()) {
                progressLabel = head;
                texts.put(head, new ArrayList<>());
                readAfterProgress(row, 1);
            } else if (progressLabel != null) {
                readAfterProgress(row, 0);
            } else if (!indicators.isEmpty()) {
                indicators.get(indicators.size() - 1).readTableRow(row, 0);
            } else if (lastTextLabel != null) {
                // An unlabelled row before the tables continues the text cell above it.
                addText(lastTextLabel, row, 0);
            }
        }

        private void readCodeRow(Row row) {
            code = row.cell(0);
            codeLine = row.number();
            title = CellText.inline(row.cell(1));
            owners = Departments.split(row.cell(2), SPACES);
        }

        private void addText(String label, Row row, int from) {
            List<String> parts = texts.computeIfAbsent(label, l -> new ArrayList<>());
            for (int i = from; i < row.cells().size(); i++) {
                String text = CellText.plain(row.cell(i));
                if (!text.isEmpty()) {
                    parts.add(text);
                }
            }
            lastTextLabel = label;
        }

        /**
         * After 活動経過 a row with a year cell belongs to the indicators (a repeat or a row missed
         * before); anything else that is not a column heading is the 活動経過 text.
         */
        private void readAfterProgress(Row row, int from) {
            int yearAt = yearCellIndex(row, from);
            if (yearAt < 0) {
                for (int i = from; i < row.cells().size(); i++) {
                    String text = CellText.plain(row.cell(i));
                    if (!text.isEmpty() && !isTableHeading(row.cell(i))) {
                        texts.get(progressLabel).add(text);
                    }
                }
                return;
            }
            String name = null;
            String note = null;
            for (int i = from; i < yearAt; i++) {
                String cell = CellText.inline(row.cell(i));
                if (cell.startsWith("※")) {
                    note = cell;
                } else if (!cell.isEmpty() && !isTableHeading(cell)) {
                    name = cell;
                }
            }
            IndicatorDraft named = name == null ? null : indicatorNamed(name);
            if (named != null) {
                named.nameIfMissing(name);
            }
            IndicatorDraft target = named != null ? named : indicatorLacking(YearValue.read(row, yearAt).year);
            if (note != null && (target != null || !indicators.isEmpty())) {
                (target != null ? target : indicators.get(indicators.size() - 1)).addNote(note);
            }
            if (target != null) {
                target.addIfMissing(YearValue.read(row, yearAt));
            }
        }

        /** The indicator a name read after 活動経過 belongs to: its own, else the last one whose name was lost. */
        private IndicatorDraft indicatorNamed(String name) {
            for (IndicatorDraft indicator : indicators) {
                if (name.equals(indicator.name)) {
                    return indicator;
                }
            }
            for (int i = indicators.size() - 1; i >= 0; i--) {
                if (indicators.get(i).name == null) {
                    return indicators.get(i);
                }
            }
            return null;
        }

        /** The first indicator (①, ②) without a value for {@code year}; null when the row is a repeat. */
        private IndicatorDraft indicatorLacking(int year) {
            return indicators.stream().filter(i -> !i.values.containsKey(year)).findFirst().orElse(null);
        }

        private void checkComplete(SourceText source, List<ImportProblem> problems) {
            String last = String.valueOf(lastLine);
            if (code == null) {
                problems.add(source.problem(startLine, ImportMessage.PROGRESS_BLOCK_WITHOUT_CODE,
                        String.valueOf(startLine), last));
                return;
            }
            String line = String.valueOf(codeLine);
            if (indicators.isEmpty()) {
                problems.add(source.problem(codeLine, ImportMessage.PROGRESS_ENDS_BEFORE_INDICATORS, code, title, line, last));
            } else if (progressLabel == null) {
                problems.add(source.problem(codeLine, ImportMessage.PROGRESS_ENDS_BEFORE_PROGRESS, code, title, line, last));
            } else if (texts.get(progressLabel).isEmpty()) {
                problems.add(source.problem(codeLine, ImportMessage.PROGRESS_ENDS_BEFORE_TEXT, code, title, line, last,
                        progressLabel));
            }
        }

        private Initiative build() {
            List<LabeledText> labeled = new ArrayList<>();
            texts.forEach((label, parts) -> {
                if (!parts.isEmpty()) {
                    labeled.add(new LabeledText(label, String.join("\n", parts)));
                }
            });
            List<Indicator> built = indicators.stream().filter(IndicatorDraft::hasContent)
                    .map(IndicatorDraft::build).toList();
            return new Initiative(code, null, title, owners, List.of(), List.of(), null, labeled, List.of(), built);
        }
    }

    /** A year cell (R5) with the target after it and the actual after that. */
    private record YearValue(int year, Measure target, Measure actual) {

        private static YearValue read(Row row, int yearAt) {
            int year = FiscalYear.parse(nfkc(row.cell(yearAt))).year();
            int targetAt = nextFilled(row, yearAt + 1);
            int actualAt = targetAt < 0 ? -1 : nextFilled(row, targetAt + 1);
            return new YearValue(year, measure(row, targetAt), measure(row, actualAt));
        }

        private static int nextFilled(Row row, int from) {
            for (int i = from; i < row.cells().size(); i++) {
                if (!row.cell(i).isEmpty()) {
                    return i;
                }
            }
            return -1;
        }

        private static Measure measure(Row row, int at) {
            return at < 0 ? null : Measure.of(CellText.inline(row.cell(at)));
        }
    }

    private static int yearCellIndex(Row row, int from) {
        for (int i = from; i < row.cells().size(); i++) {
            if (isYearCell(row.cell(i))) {
                return i;
            }
        }
        return -1;
    }

    private static final class IndicatorDraft {
        private final String label;
        private String name;
        private String note;
        private final Map<Integer, YearValue> values = new LinkedHashMap<>();

        private IndicatorDraft(String label) {
            this.label = label;
        }

        /**
         * A row of the table before 活動経過: a year cell and its target, and before the year cell
         * (or alone on the row) the name or a "※" note that the extraction moved there.
         */
        private void readTableRow(Row row, int from) {
            int yearAt = yearCellIndex(row, from);
            int end = yearAt < 0 ? row.cells().size() : yearAt;
            for (int i = from; i < end; i++) {
                String cell = row.cell(i);
                if (!cell.isEmpty() && !isTableHeading(cell)) {
                    readNameCell(CellText.inline(cell));
                }
            }
            if (yearAt >= 0) {
                addIfMissing(YearValue.read(row, yearAt));
            }
        }

        /** "名前 ※条件…" (item 6 prints its condition in small type after the name). */
        private void readNameCell(String cell) {
            int mark = cell.indexOf('※');
            if (mark == 0) {
                addNote(cell);
            } else if (mark > 0) {
                nameIfMissing(cell.substring(0, mark).strip());
                addNote(cell.substring(mark));
            } else if (name == null) {
                name = cell;
            } else {
                addNote(cell);
            }
        }

        private void nameIfMissing(String text) {
            if (name == null && !text.isEmpty()) {
                name = text;
            }
        }

        private void addNote(String text) {
            note = note == null ? text : note + " " + text;
        }

        private void addIfMissing(YearValue value) {
            values.putIfAbsent(value.year, value);
        }

        /** An indicator ② the document left blank (no name, no target) is no indicator. */
        private boolean hasContent() {
            return name != null || values.values().stream().anyMatch(v -> v.target != null);
        }

        private Indicator build() {
            List<IndicatorValue> built = values.values().stream()
                    .sorted(Comparator.comparingInt(YearValue::year))
                    .map(v -> new IndicatorValue(v.year, null, v.target, v.actual)).toList();
            // Most names were lost in the extraction; the label is then all that identifies it.
            return new Indicator(label, name == null ? label : name, note, null, built);
        }
    }
}
