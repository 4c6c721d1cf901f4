package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;

/**
 * A cell's value: its original text and, where the cell holds one quantity, the number and the
 * unit written after it ("30,000千円" → 30000, 千円). Cells with several numbers ("小 8.9% 中
 * 12.8%"), a range, words only ("整備完了") or empty markers ("-", "_") keep their text and no
 * number. The reading is {@link CellReader}'s, so a cell means the same here as in the evaluation.
 */
@JsonPropertyOrder({"text", "number", "unit"})
public record Measure(String text, BigDecimal number, String unit) {

    /** Parses a cell's text; null for a null text. */
    public static Measure of(String text) {
        if (text == null) {
            return null;
        }
        if (CellReader.read(text) instanceof Reading.Quantity q) {
            return new Measure(text, q.number(), q.unit());
        }
        return new Measure(text, null, null);
    }

    public boolean hasNumber() {
        return number != null;
    }
}
