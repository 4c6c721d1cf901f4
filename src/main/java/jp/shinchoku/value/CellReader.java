package jp.shinchoku.value;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.value.Reading.Comparator;
import jp.shinchoku.value.Reading.Empty;
import jp.shinchoku.value.Reading.Part;
import jp.shinchoku.value.Reading.Qualitative;
import jp.shinchoku.value.Reading.Quantity;
import jp.shinchoku.value.Reading.Range;
import jp.shinchoku.value.Reading.Relative;
import jp.shinchoku.value.Reading.Series;

/**
 * Classifies a target, actual or baseline cell as staff write them: "30,000千円", "1,000時間以上",
 * "5%未満", "反収 7~7.5俵", "小 8.9% 中 12.8%", "1,130回/0.154/0", "20件(379件)",
 * "新規導入 2業務 (合計13業務)", "整備完了", "-". Every cell gets a reading; a cell whose number
 * is part of a sentence ("設計金額が50万円を超える…業務委託") reads as words.
 */
public final class CellReader {

    private static final Pattern EMPTY = Pattern.compile("^[-_ー－―‐—~]*$");
    private static final Pattern DASH_NOTE = Pattern.compile("^[-_ー－―‐—]\\s+(.+)$");
    /** A number; not one glued to a letter before it (R7) nor an era year (令和6年度). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9.]|令和|平成|昭和)(\\d{1,3}(?:,\\d{3})++|\\d++)(\\.\\d++)?(?!年度)");
    private static final Pattern RANGE_REST = Pattern.compile("^\\s*~\\s*");
    private static final List<String> UNITS = List.of(
            "千円", "万円", "億円", "円", "%", "時間", "分", "件", "人", "ha", "kL", "箇所", "か所", "施設", "回",
            "頭", "枚", "冊", "業務", "事業", "品目", "店舗", "協議会", "手続", "俵", "ダウンロード", "所属", "地区",
            "校", "台", "社", "団体", "歩", "日", "個", "本", "名", "点");
    private static final Pattern GENERIC_UNIT = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー]{1,6}");
    private static final Pattern COMPARATOR = Pattern.compile("^(以上|以下|未満|超|以内)");
    /** Words that may follow a value without making the cell a sentence. */
    private static final Set<String> SUFFIXES = Set.of("", "は達成", "達成", "短縮", "減", "増", "程度", "前後", "見込");
    /** A remark that starts with a particle continues a sentence the PDF wrapped ("以上 の測量等…"). */
    private static final Pattern PARTICLE_START = Pattern.compile("^[のをにでがはとへやもか]");

    /** 前年比増加, 前年度以上, 前年度比5%増, 基準年度比10%減: a target set against another year's actual. */
    private static final Pattern RELATIVE = Pattern.compile("^(前年度?|基準年度?|基準値)の?(?:実績値?)?"
            + "(?:比|に比べて?|と比べて?|より|から)?(?:(\\d+(?:\\.\\d+)?)%)?(?:以上の?)?"
            + "(増加|増|向上|上昇|超|を?上回る|以上|維持|減少|減|削減|低下|未満|を?下回る|以下)$");

    private CellReader() {
    }

    /** The reading of a cell; an empty or null text reads as {@link Empty}. */
    public static Reading read(String text) {
        if (text == null) {
            return new Empty(null);
        }
        String t = normalize(text);
        if (EMPTY.matcher(t).matches()) {
            return new Empty(null);
        }
        Matcher dash = DASH_NOTE.matcher(t);
        if (dash.matches()) {
            return new Empty(dash.group(1));
        }
        Relative relative = relative(t);
        if (relative != null) {
            return relative;
        }
        String note = null;
        int mark = t.indexOf('※');
        if (mark >= 0) {
            note = t.substring(mark + 1).strip();
            t = t.substring(0, mark).strip();
        }
        String extra = null;
        int open = trailingParenthetical(t);
        if (open > 0 && hasNumber(t.substring(0, open))) {
            extra = t.substring(open + 1, t.length() - 1).strip();
            t = t.substring(0, open).strip();
        }
        if (t.isEmpty()) {
            return new Empty(note);
        }
        Reading slashed = slashSeries(t);
        if (slashed != null) {
            return slashed;
        }
        Reading labelled = labelledSeries(t);
        if (labelled != null) {
            return labelled;
        }
        Reading single = single(t, extra, note);
        return single instanceof Qualitative ? new Qualitative(normalize(text)) : single;
    }

    /** The text as compared and shown: NFKC, one kind of middle dot and tilde, white space folded. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[·･]", "・")
                .replaceAll("[～〜˜]", "~")
                .replaceAll("[\\s\\u3000]+", " ")
                .strip();
    }

    private static Relative relative(String t) {
        Matcher m = RELATIVE.matcher(t.replace(" ", ""));
        if (!m.matches()) {
            return null;
        }
        Relative.Reference reference = m.group(1).startsWith("前年") ? Relative.Reference.PREVIOUS_YEAR
                : Relative.Reference.BASELINE;
        Relative.Change change = switch (m.group(3)) {
            case "以上", "維持" -> Relative.Change.AT_LEAST;
            case "以下" -> Relative.Change.AT_MOST;
            case "減少", "減", "削減", "低下", "未満", "下回る", "を下回る" -> Relative.Change.LESS;
            default -> Relative.Change.MORE;
        };
        return new Relative(t, reference, change, m.group(2) == null ? null : new BigDecimal(m.group(2)));
    }

    private static boolean hasNumber(String t) {
        return NUMBER.matcher(t).find();
    }

    /** The index of the '(' that opens a parenthetical ending the text, or -1. */
    private static int trailingParenthetical(String t) {
        if (!t.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** "1,130回/0.154/0": values split by "/", every part a quantity. */
    private static Reading slashSeries(String t) {
        if (!t.contains("/")) {
            return null;
        }
        String[] pieces = t.split("/");
        List<Part> parts = new ArrayList<>();
        for (String piece : pieces) {
            Reading r = single(piece.strip(), null, null);
            if (!(r instanceof Quantity || r instanceof Range)) {
                return null;
            }
            parts.add(new Part(null, r));
        }
        return parts.size() >= 2 ? new Series(parts) : null;
    }

    /** "小 8.9% 中 12.8%": two or more labelled values, each label in words before its value. */
    private static Reading labelledSeries(String t) {
        String[] tokens = t.split(" ");
        List<Part> parts = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        for (String token : tokens) {
            if (!hasNumber(token)) {
                label.append(label.length() == 0 ? "" : " ").append(token);
                continue;
            }
            if (label.length() == 0) {
                return null;
            }
            Reading value = single(token, null, null);
            if (!(value instanceof Quantity || value instanceof Range)) {
                return null;
            }
            parts.add(new Part(label.toString(), value));
            label.setLength(0);
        }
        return parts.size() >= 2 && label.length() == 0 ? new Series(parts) : null;
    }

    /** One value, possibly with words before it and a remark after it; otherwise words. */
    private static Reading single(String t, String extra, String note) {
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) {
            return new Qualitative(t);
        }
        String prefix = t.substring(0, m.start()).strip();
        BigDecimal low = number(m);
        String rest = t.substring(m.end());
        Matcher range = RANGE_REST.matcher(rest);
        if (range.find()) {
            Matcher high = NUMBER.matcher(rest.substring(range.end()));
            if (high.lookingAt()) {
                String afterHigh = rest.substring(range.end() + high.end());
                Tail tail = tail(afterHigh);
                if (tail == null) {
                    return new Qualitative(t);
                }
                Quantity lo = quantity(low, tail.unit, null, prefix, extra, join(note, tail.remark));
                Quantity hi = quantity(number(high), tail.unit, tail.comparator, prefix, extra, join(note, tail.remark));
                return new Range(lo, hi);
            }
        }
        Tail tail = tail(rest);
        if (tail == null) {
            return new Qualitative(t);
        }
        return quantity(low, tail.unit, tail.comparator, prefix.isEmpty() ? null : prefix, extra, join(note, tail.remark));
    }

    /** What follows a number: unit, comparator, an allowed suffix and a remark; null if a sentence goes on. */
    private static Tail tail(String rest) {
        String r = rest;
        String unit = null;
        for (String u : UNITS) {
            if (r.startsWith(u)) {
                unit = u;
                break;
            }
        }
        if (unit == null) {
            Matcher generic = GENERIC_UNIT.matcher(r);
            if (generic.find()) {
                String run = generic.group();
                Matcher cmp = Pattern.compile("(以上|以下|未満|超|以内)$").matcher(run);
                unit = cmp.find() ? run.substring(0, cmp.start()) : run;
                if (unit.isEmpty()) {
                    unit = null;
                }
            }
        }
        if (unit != null) {
            r = r.substring(unit.length());
        }
        Comparator comparator = null;
        Matcher cmp = COMPARATOR.matcher(r);
        if (cmp.find()) {
            comparator = Comparator.of(cmp.group(1));
            r = r.substring(cmp.end());
        }
        int space = r.indexOf(' ');
        String suffix = space < 0 ? r : r.substring(0, space);
        String remark = space < 0 ? "" : r.substring(space + 1).strip();
        if (!SUFFIXES.contains(suffix) || PARTICLE_START.matcher(remark).find()) {
            return null;
        }
        return new Tail(unit, comparator, remark.isEmpty() ? null : remark);
    }

    private static Quantity quantity(BigDecimal number, String unit, Comparator comparator, String prefix, String extra,
            String note) {
        BigDecimal canonical = number;
        String canonicalUnit = unit;
        if (unit != null && unit.length() >= 2) {
            BigDecimal multiplier = switch (unit.charAt(0)) {
                case '千' -> BigDecimal.valueOf(1_000);
                case '万' -> BigDecimal.valueOf(10_000);
                case '億' -> BigDecimal.valueOf(100_000_000);
                default -> null;
            };
            if (multiplier != null) {
                canonical = number.multiply(multiplier);
                canonicalUnit = unit.substring(1);
            }
        }
        return new Quantity(number, unit, canonical, canonicalUnit, comparator, prefix, extra, note);
    }

    private static BigDecimal number(Matcher m) {
        return new BigDecimal((m.group(1) + (m.group(2) == null ? "" : m.group(2))).replace(",", ""));
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : b + " ※" + a;
    }

    private record Tail(String unit, Comparator comparator, String remark) {
    }
}
