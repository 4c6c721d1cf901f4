package jp.shinchoku.indicator;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Evaluation.Trend;
import jp.shinchoku.value.Reading.Part;
import jp.shinchoku.value.Reading.Quantity;

/**
 * The movement of a rated year from the previous year's actual: 改善, 横ばい or 悪化, which way
 * being better as the indicator's direction says (maintain counts as increase). A series moves
 * as its worst part does. A decrease rated without a baseline (target ÷ actual) can read well
 * while the value grows every year, so a worsening there carries a warning.
 */
final class Trends {

    static final String IMPROVED = "improved";
    static final String UNCHANGED = "unchanged";
    static final String WORSENED = "worsened";

    private Trends() {
    }

    /** The evaluation with its trend; unchanged where there is no previous actual to compare with. */
    static Evaluation with(Evaluation e, ReadIndicator read, ReadIndicator.Year year, Direction direction) {
        if (e == null || direction == Direction.QUALITATIVE) {
            return e;
        }
        List<Part> before = Achievement.parts(read.previousActual(year.fiscalYear()));
        List<Part> now = Achievement.parts(year.actual());
        if (before == null || now == null) {
            return e;
        }
        boolean decrease = direction == Direction.DECREASE;
        List<String> shown = new ArrayList<>();
        boolean worse = false;
        boolean better = false;
        for (Part[] pair : Achievement.pairs(before, now)) {
            Quantity p = Readings.bound(pair[0].value(), direction);
            Quantity a = Readings.bound(pair[1].value(), direction);
            if (p == null || a == null || !p.comparableWith(a)) {
                continue;
            }
            int moved = a.canonical().compareTo(p.canonical()) * (decrease ? -1 : 1);
            worse |= moved < 0;
            better |= moved > 0;
            String label = pair[1].label() != null ? pair[1].label() : pair[0].label();
            shown.add((label == null ? "" : label + " ") + Readings.format(p) + " → " + Readings.format(a));
        }
        if (shown.isEmpty()) {
            return e;
        }
        String movement = worse ? WORSENED : better ? IMPROVED : UNCHANGED;
        String basis = FiscalYear.of(year.fiscalYear() - 1).japanese() + " → " + FiscalYear.of(year.fiscalYear()).japanese()
                + ": " + String.join("、", shown) + (decrease ? "（少ないほど良い）" : "");
        String warning = decrease && worse && Readings.primary(read.baseline()) == null
                ? "減らす指標が前年度より悪化: 基準値がなく達成率は 目標 ÷ 実績 のため、評価は悪化を映さない" : null;
        return e.withTrend(new Trend(movement, label(movement), basis, warning));
    }

    static String label(String movement) {
        return switch (movement) {
            case IMPROVED -> "改善";
            case WORSENED -> "悪化";
            default -> "横ばい";
        };
    }
}
