package jp.shinchoku.table;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.fiscal.FiscalYear;

/**
 * The words of KPI table headers, as Japanese governments write them: what a header says a
 * column holds, and why. A header is compared without spaces or line breaks and in NFKC, so
 * "目標\n値" and "目標値", "Ｒ５" and "R5" are the same.
 */
final class Headings {

    /** A heading the reading understood: what it holds, and for a value column its year and kind. */
    record Meaning(Role role, Integer fiscalYear, Kind kind, boolean periodEnd, Reason reason) {
    }

    private static final Pattern INDICATOR = Pattern.compile(
            "^(?:主な|主要|重要業績評価|成果|評価|数値|目標|活動|業績|管理)?(?:指標|KPI)(?:名|名称|項目|の名称)?(\\(.*\\))?$"
                    + "|^(?:KPI|数値目標|成果目標|目標項目|項目名?|評価項目)(?:名|名称)?(\\(.*\\))?$");
    private static final Pattern YEAR = Pattern.compile("^(?:年度|対象年度|年次|実施年度|年)$");
    private static final Pattern UNIT = Pattern.compile("^単位$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "^(?:担当|所管|主管|主担当|実施)(?:課|部|部署|部局|課名|課等|所属|部課|課・室|課室)?(?:名)?$|^(?:課名|部署名?|所属名?|担当部課名?)$");
    private static final Pattern RELATED = Pattern.compile("^(?:関係|関連|連携)(?:課|部署|部局|課名|課等)(?:名)?$");
    private static final Pattern CODE = Pattern.compile(
            "^(?:No\\.?|NO\\.?|№|番号|コード|ID|通し番号|.{1,6}(?:番号|コード|No\\.?|ID))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIERARCHY = Pattern.compile(
            "^(?:基本目標|基本方針|基本施策|基本政策|政策|政策分野|施策|施策名|施策の方向|施策の方向性|施策の柱|柱|分野|"
                    + "事業|事業名|事業名称|主な事業|主要事業|計画事業|取組|取組項目|取組名|主な取組|取り組み|推進項目|"
                    + "具体的な?取組|実施事業|重点施策|重点事業|基本目標名|施策分野)(?:\\d+)?$");
    private static final Pattern EVALUATION = Pattern.compile("達成率|達成度|進捗率|評価|判定|進捗状況");
    private static final Pattern FORECAST = Pattern.compile("見込");
    private static final Pattern PERIOD_END = Pattern.compile("\\d+[ヵかカケヶ箇]年(?:後の)?目標|最終目標|最終年度|計画期間末");
    private static final Pattern BARE_VALUE = Pattern.compile("^(?:値|数値|数量|実数)$");
    private static final Pattern[] KIND_WORDS = {
            Pattern.compile("基準値|従前値|基準|策定時|当初値|計画策定時"),
            Pattern.compile("目標値|目標|計画値|計画|期待値|目標水準"),
            Pattern.compile("実績値|実績|現状値|現況値|現況|現状|実測値")};
    private static final Kind[] KINDS = {Kind.BASELINE, Kind.TARGET, Kind.ACTUAL};
    /** Words a text column is known by, kept whatever its cells hold. */
    private static final Pattern KNOWN_TEXT = Pattern.compile("備考|出典|区分|説明|考え方|根拠|内容|概要|方法|定義|算出|注");

    private Headings() {
    }

    /** The header as compared: NFKC, no white space. */
    static String compact(String header) {
        return Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    }

    /** What a header says; empty when it says nothing the reading knows. */
    static Optional<Meaning> meaning(String header) {
        String h = compact(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        if (INDICATOR.matcher(h).matches()) {
            return Optional.of(new Meaning(Role.INDICATOR, null, null, false,
                    Reason.of(h.contains("(") ? TableMessage.INDICATOR_WITH_UNIT : TableMessage.INDICATOR, h)));
        }
        if (YEAR.matcher(h).matches()) {
            return Optional.of(new Meaning(Role.YEAR, null, null, false, Reason.of(TableMessage.YEAR_OF_ROW, h)));
        }
        if (UNIT.matcher(h).matches()) {
            return Optional.of(new Meaning(Role.UNIT, null, null, false, Reason.of(TableMessage.UNIT, h)));
        }
        if (DEPARTMENT.matcher(h).matches()) {
            return Optional.of(new Meaning(Role.DEPARTMENT, null, null, false, Reason.of(TableMessage.DEPARTMENT, h)));
        }
        if (RELATED.matcher(h).matches()) {
            return Optional.of(new Meaning(Role.RELATED_DEPARTMENT, null, null, false,
                    Reason.of(TableMessage.RELATED_DEPARTMENTS, h)));
        }
        if (CODE.matcher(h).matches()) {
            return Optional.of(new Meaning(Role.CODE, null, null, false, Reason.of(TableMessage.CODE, h)));
        }
        if (HIERARCHY.matcher(h).matches()) {
            return Optional.of(new Meaning(Role.SECTION, null, null, false, Reason.of(TableMessage.LEVEL, h)));
        }
        Optional<FiscalYear> year = FiscalYear.findInHeading(h);
        boolean periodEnd = PERIOD_END.matcher(h).find();
        if (EVALUATION.matcher(h).find()) {
            return Optional.of(new Meaning(Role.IGNORE, null, null, false, Reason.of(TableMessage.EVALUATION, h)));
        }
        if (FORECAST.matcher(h).find()) {
            return Optional.of(new Meaning(Role.IGNORE, null, null, false, Reason.of(TableMessage.FORECAST, h)));
        }
        if (KNOWN_TEXT.matcher(h).find() && year.isEmpty()) {
            // 目標設定の考え方 speaks of targets but holds words
            return Optional.of(new Meaning(Role.TEXT, null, null, false, Reason.of(TableMessage.WORDS, h)));
        }
        Kind kind = kind(h);
        if (periodEnd) {
            return Optional.of(new Meaning(Role.VALUE, null, Kind.TARGET, true, Reason.of(TableMessage.PERIOD_END_TARGET, h)));
        }
        if (year.isPresent() || kind != null || BARE_VALUE.matcher(h).matches()) {
            Integer fy = year.map(FiscalYear::year).orElse(null);
            Reason what = Reason.of(kind == null ? TableMessage.KIND_VALUES : switch (kind) {
                case TARGET -> TableMessage.KIND_TARGETS;
                case ACTUAL -> TableMessage.KIND_ACTUALS;
                case BASELINE -> TableMessage.KIND_BASELINE;
            });
            return Optional.of(new Meaning(Role.VALUE, fy, kind, false, fy == null ? Reason.of(TableMessage.VALUES, h, what)
                    : Reason.of(TableMessage.VALUES_OF_YEAR, h, what, FiscalYear.of(fy).label())));
        }
        return Optional.empty();
    }

    /** The kind a header or a row's kind cell names (目標値 → target), or null. */
    static Kind kind(String text) {
        String h = compact(text).replaceAll("\\(.*?\\)", "");
        Matcher first = null;
        Kind found = null;
        for (int k = 0; k < KIND_WORDS.length; k++) {
            Matcher m = KIND_WORDS[k].matcher(h);
            if (m.find() && (first == null || m.start() < first.start())) {
                first = m;
                found = KINDS[k];
            }
        }
        return found;
    }

    /**
     * True when a cell is nothing but a kind word (目標値, 実績), as the rows of a transposed table
     * are labelled, or the label of a row that is read but not kept (見込, 達成率, 評価).
     */
    static boolean isKindWord(String cell) {
        String h = compact(cell).replaceAll("\\(.*?\\)", "");
        return !h.isEmpty() && h.length() <= 6 && (kind(h) != null || isUnkeptRow(h))
                && h.matches("^[\\p{IsHan}\\p{IsHiragana}]+$");
    }

    /** A transposed table's row of forecasts, rates or grades: read, not kept, as their columns are not. */
    static boolean isUnkeptRow(String cell) {
        String h = compact(cell);
        return EVALUATION.matcher(h).find() || FORECAST.matcher(h).find();
    }

    /** True for a header that names a fiscal year or a kind: a line of such headers is a header line. */
    static boolean isYearOrKind(String cell) {
        String h = compact(cell);
        return !h.isEmpty() && h.length() <= 15 && !h.matches("^[\\d.,]+$") && (isKindWord(h) || FiscalYear.findInHeading(h).isPresent()
                || PERIOD_END.matcher(h).find());
    }
}
