package jp.shinchoku.table;

import jp.shinchoku.plan.document.Measure;

/** A value cell as a measure: read as every cell is, a number written without a unit taking the column's or the name's. */
final class Cells {

    private Cells() {
    }

    static Measure measure(String text, String unit) {
        Measure m = Measure.of(text);
        return m != null && m.hasNumber() && m.unit() == null && unit != null ? new Measure(text, m.number(), unit) : m;
    }
}
