package jp.shinchoku.indicator;

import jp.shinchoku.value.Reading;
import java.math.BigDecimal;
import java.math.MathContext;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.value.Reading.Quantity;
import jp.shinchoku.plan.document.Indicator;

/**
 * Whether an indicator is off track: its latest actual falls short of the straight path from its
 * baseline (or, without one, its first target) to its final target. A multi-series indicator is
 * judged on its first series.
 */
final class OffTrack {

    private OffTrack() {
    }

    record Result(Boolean offTrack, String reason) {
        static final Result UNKNOWN = new Result(null, null);
    }

    static Result assess(ReadIndicator read, Direction direction) {
        Indicator indicator = read.indicator();
        if (direction == Direction.QUALITATIVE) {
            return Result.UNKNOWN;
        }
        Point start = null;
        if (indicator.baseline() != null && indicator.baseline().value() != null && indicator.baseline().fiscalYear() != null) {
            Quantity b = Readings.bound(read.baseline(), direction);
            if (b != null) {
                start = new Point(indicator.baseline().fiscalYear(), b);
            }
        }
        Point end = null;
        Point latest = null;
        for (ReadIndicator.Year y : read.years()) {
            Quantity t = primary(y.target(), direction);
            Quantity a = primary(y.actual(), direction);
            if (t != null) {
                end = new Point(y.fiscalYear(), t);
                if (start == null) {
                    start = end;
                }
            }
            if (a != null) {
                latest = new Point(y.fiscalYear(), a);
            }
        }
        if (end == null || latest == null || !end.value.comparableWith(latest.value) || !start.value.comparableWith(end.value)) {
            return Result.UNKNOWN;
        }
        if (start.year == end.year && latest.year < end.year) {
            return Result.UNKNOWN; // one target, and its year has not come: there is no path to lag behind
        }
        BigDecimal expected = expected(start, end, latest.year);
        boolean off = direction == Direction.DECREASE
                ? latest.value.canonical().compareTo(expected) > 0
                : latest.value.canonical().compareTo(expected) < 0;
        String path = FiscalYear.of(start.year).japanese() + " " + Readings.format(start.value) + " から "
                + FiscalYear.of(end.year).japanese() + " 目標 " + Readings.format(end.value) + " への線上の値 "
                + shownIn(expected, end.value);
        String actual = FiscalYear.of(latest.year).japanese() + "の実績 " + Readings.format(latest.value);
        String verdict = off
                ? (direction == Direction.DECREASE ? " を上回る（遅れ）" : " に届かない（遅れ）")
                : (direction == Direction.DECREASE ? " 以下（順調）" : " 以上（順調）");
        return new Result(off, actual + " が、" + path + verdict);
    }

    /** A canonical amount written in the unit of {@code like} (50,000,000 円 as 50,000千円). */
    private static String shownIn(BigDecimal canonical, Quantity like) {
        BigDecimal amount = like.canonical().signum() == 0 ? canonical
                : canonical.multiply(like.number()).divide(like.canonical(), MathContext.DECIMAL64);
        return Readings.number(amount) + (like.unit() == null ? "" : like.unit());
    }

    private static Quantity primary(Reading reading, Direction direction) {
        Reading r = reading;
        if (r instanceof Reading.Series s && !s.parts().isEmpty()) {
            r = s.parts().get(0).value();
        }
        return Readings.bound(r, direction);
    }

    private static BigDecimal expected(Point start, Point end, int year) {
        BigDecimal from = start.value.canonical();
        BigDecimal to = end.value.canonical();
        if (year >= end.year || end.year == start.year) {
            return to;
        }
        if (year <= start.year) {
            return from;
        }
        BigDecimal share = BigDecimal.valueOf(year - start.year)
                .divide(BigDecimal.valueOf(end.year - start.year), MathContext.DECIMAL64);
        return from.add(to.subtract(from).multiply(share)).round(new MathContext(6));
    }

    private record Point(int year, Quantity value) {
    }
}
