package jp.shinchoku.indicator;

import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import jp.shinchoku.value.Reading.Quantity;
import jp.shinchoku.value.Reading.Range;
import jp.shinchoku.value.Reading.Series;

/** Small helpers over readings, shared by the rules that rate and the words that explain. */
final class Readings {

    private Readings() {
    }

    /** The one quantity that stands for a reading: itself, a range's lower bound, a series' first part. */
    static Quantity primary(Reading reading) {
        if (reading instanceof Quantity q) {
            return q;
        }
        if (reading instanceof Range r) {
            return r.low();
        }
        if (reading instanceof Series s && !s.parts().isEmpty()) {
            return primary(s.parts().get(0).value());
        }
        return null;
    }

    /** The bound of a reading that counts for a direction: the lower for increase, the upper for decrease. */
    static Quantity bound(Reading reading, Direction direction) {
        if (reading instanceof Range r) {
            return direction == Direction.DECREASE ? r.high() : r.low();
        }
        return reading instanceof Quantity q ? q : null;
    }

    /** "30,000千円", "80%以上": a quantity as staff write it. */
    static String format(Quantity q) {
        return number(q.number()) + (q.unit() == null ? "" : q.unit())
                + (q.comparator() == null ? "" : q.comparator().word());
    }

    static String number(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("#,##0.###");
        return f.format(n);
    }
}
