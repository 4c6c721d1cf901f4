package jp.shinchoku.indicator;

import java.math.BigDecimal;
import java.util.List;
import jp.shinchoku.indicator.Achievement.Rated;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.value.Reading;
import jp.shinchoku.value.Reading.Part;
import jp.shinchoku.value.Reading.Quantity;
import jp.shinchoku.value.Reading.Relative;
import jp.shinchoku.value.Reading.Series;

/**
 * Rates a target set against another year's actual (前年比増加, 前年度以上, 前年度比5%増,
 * 基準年度比10%減) against the actual of the year it names: the previous year's, or the baseline.
 *
 * <ul>
 * <li>with a percentage, the target is the reference moved by it (100件 × 1.05 = 105件), rated as
 *     a number target; a decrease counts the distance from the reference;</li>
 * <li>without one, the rate is actual ÷ reference (reference ÷ actual for a decrease); a target
 *     that is met gets A, and 増加 or 減少 not met (the actual stayed level or moved the wrong way)
 *     gets at most B.</li>
 * </ul>
 * A series (小 / 中) is compared part by part with the same label of the reference.
 */
final class RelativeTarget {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RelativeTarget() {
    }

    static Evaluation evaluate(Relative target, Achievement.Case c, GradeScale scale) {
        Reading reference = target.reference() == Relative.Reference.PREVIOUS_YEAR ? c.previous() : c.baseline();
        List<Part> references = Achievement.parts(reference);
        List<Part> actuals = Achievement.parts(c.actual());
        if (references == null || actuals == null) {
            return Achievement.evaluation(null, null, Achievement.NOT_COMPARABLE, "目標「" + target.text() + "」の比較先の"
                    + target.reference().words() + "が数値でないため比較できない: 担当者の判断を shinchoku judge で記録", List.of());
        }
        Direction direction = target.change().upward() ? Direction.INCREASE : Direction.DECREASE;
        Achievement.PairRater rater = (ref, actual) -> {
            Quantity r = Readings.bound(ref.value(), direction);
            Quantity a = Readings.bound(actual.value(), direction);
            return r == null || a == null ? null : rate(target, r, a, direction, scale);
        };
        if (!(reference instanceof Series) && !(c.actual() instanceof Series)) {
            Rated r = rater.rate(references.get(0), actuals.get(0));
            return Achievement.evaluation(r.rate(), r.grade(), r.status(), r.basis(), List.of());
        }
        return Achievement.bySeries(Achievement.pairs(references, actuals), c.seriesLabels(), rater);
    }

    private static Rated rate(Relative target, Quantity reference, Quantity actual, Direction direction, GradeScale scale) {
        String named = "目標「" + target.text() + "」";
        String ref = target.reference().words() + " " + Readings.format(reference);
        if (!reference.comparableWith(actual)) {
            return new Rated(null, null, Achievement.NOT_COMPARABLE, "単位が異なるため比較できない（" + ref + "、実績 "
                    + Readings.format(actual) + "）: 担当者の判断を shinchoku judge で記録");
        }
        if (target.percent() != null) {
            BigDecimal factor = direction == Direction.INCREASE
                    ? HUNDRED.add(target.percent()).divide(HUNDRED)
                    : HUNDRED.subtract(target.percent()).divide(HUNDRED);
            Quantity moved = new Quantity(reference.number().multiply(factor), reference.unit(),
                    reference.canonical().multiply(factor), reference.canonicalUnit(), null, null, null, null);
            Rated r = Achievement.rate(moved, actual, direction, direction == Direction.DECREASE ? reference : null, scale);
            return new Rated(r.rate(), r.grade(), r.status(), named + " = " + ref + " × " + Readings.number(factor) + " = "
                    + Readings.format(moved) + ": " + r.basis());
        }
        int moved = actual.canonical().compareTo(reference.canonical());
        boolean met = direction == Direction.INCREASE
                ? (target.change().strict() ? moved > 0 : moved >= 0)
                : (target.change().strict() ? moved < 0 : moved <= 0);
        BigDecimal numerator = direction == Direction.INCREASE ? actual.canonical() : reference.canonical();
        BigDecimal denominator = direction == Direction.INCREASE ? reference.canonical() : actual.canonical();
        String calculation = direction == Direction.INCREASE
                ? "実績 " + Readings.format(actual) + " ÷ " + ref
                : ref + " ÷ 実績 " + Readings.format(actual);
        if (denominator.signum() == 0) {
            return new Rated(null, met ? Grade.A : Grade.D, Achievement.RATED, ref + "、実績 " + Readings.format(actual)
                    + "（" + named + (met ? "を満たす）" : "を満たさない）"));
        }
        BigDecimal rate = Achievement.percent(numerator, denominator);
        String shown = calculation + " = " + rate.toPlainString() + "%（" + named;
        if (met) {
            return new Rated(rate, Grade.A, Achievement.RATED, shown + "を満たす）");
        }
        Grade grade = scale.grade(rate);
        if (target.change().strict()) {
            grade = Grade.worse(grade, Grade.B);
            return new Rated(rate, grade, Achievement.RATED, shown + "を満たさない: "
                    + (direction == Direction.INCREASE ? "増加" : "減少") + "していないため B 以下）");
        }
        return new Rated(rate, grade, Achievement.RATED, shown + "を満たさない）");
    }
}
