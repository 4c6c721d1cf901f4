package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell's value: its original text and, where the cell holds one quantity, the number and the
 * unit written after it ("30,000千円" → 30000, 千円). Cells with several numbers ("小 8.9% 中
 * 12.8%"), words only ("整備完了") or empty markers ("-", "_") keep their text and no number.
 */
@JsonPropertyOrder({"text", "number", "unit"})
public record Measure(String text, BigDecimal number, String unit) {

    /** Units recognised after a number, longest first where one is a prefix of another. */
    private static final List<String> UNITS = List.of(
            "千円", "万円", "億円", "円", "%", "時間", "分", "件", "人", "ha", "kL", "箇所", "か所", "施設",
            "回", "頭", "枚", "冊", "業務", "事業", "品目", "店舗", "協議会", "手続", "俵", "ダウンロード",
            "所属", "地区", "校", "台", "社", "団体", "歩", "日", "年", "個", "本", "名");

    /** A number; not one glued to a letter before it (R7, H29) or naming an era year (令和6年度). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9.]|令和|平成|昭和)(\\d{1,3}(?:,\\d{3})++|\\d++)(\\.\\d++)?(?!年度)");
    private static final Pattern PARENTHETICAL = Pattern.compile("[(（][^()（）]*[)）]");

    /** Parses a cell's text; null for a null text. */
    public static Measure of(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('％', '%');
        String core = withoutNotes(normalized);
        Matcher m = NUMBER.matcher(core);
        List<MatchResult> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(new MatchResult(m.group(1) + (m.group(2) == null ? "" : m.group(2)), m.end()));
        }
        if (numbers.size() != 1) {
            return new Measure(text, null, null);
        }
        MatchResult only = numbers.get(0);
        BigDecimal number = new BigDecimal(only.digits().replace(",", ""));
        return new Measure(text, number, unitAfter(core.substring(only.end())));
    }

    public boolean hasNumber() {
        return number != null;
    }

    private static String withoutNotes(String text) {
        String t = text;
        int note = t.indexOf('※');
        if (note >= 0) {
            t = t.substring(0, note);
        }
        String previous;
        do {
            previous = t;
            t = PARENTHETICAL.matcher(t).replaceAll(" ");
        } while (!t.equals(previous));
        return t.strip();
    }

    private static String unitAfter(String rest) {
        String r = rest.stripLeading();
        for (String unit : UNITS) {
            if (r.startsWith(unit)) {
                return unit;
            }
        }
        return null;
    }

    private record MatchResult(String digits, int end) {
    }
}
