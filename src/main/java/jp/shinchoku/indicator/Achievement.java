package jp.shinchoku.indicator;

import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.value.Reading.Empty;
import jp.shinchoku.value.Reading.Part;
import jp.shinchoku.value.Reading.Qualitative;
import jp.shinchoku.value.Reading.Quantity;
import jp.shinchoku.value.Reading.Relative;
import jp.shinchoku.value.Reading.Series;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Evaluation.Proposal;
import jp.shinchoku.plan.document.Evaluation.SeriesEvaluation;

/**
 * Rates one fiscal year of an indicator: the achievement rate from its target and actual, the
 * grade from the organisation's scale, and the basis in words.
 *
 * <ul>
 * <li>increase (and maintain): actual ÷ target;</li>
 * <li>decrease: (baseline − actual) ÷ (baseline − target) with a baseline, target ÷ actual without;</li>
 * <li>a range counts from its lower bound (increase) or upper bound (decrease);</li>
 * <li>each series of a multi-series cell is rated on its own, and the cell takes the worst grade;</li>
 * <li>a target relative to another year (前年比増加, 前年度比5%増) against that year's actual;</li>
 * <li>words: see {@link WordOutcome}; a person judges what the words leave open, and a proposal
 *     never counts as a grade;</li>
 * <li>an actual that is a projection (見込) is rated and marked provisional.</li>
 * </ul>
 */
final class Achievement {

    static final String RATED = "rated";
    static final String ACHIEVED = "achieved";
    static final String JUDGED = "judged";
    static final String PENDING = "pending";
    static final String NOT_COMPARABLE = "not-comparable";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Achievement() {
    }

    /**
     * One target/actual pair to rate. {@code previous} is the previous year's actual (for targets
     * such as 前年比増加); {@code projection} the word that makes the actual a projection, or null.
     * Series labels come from an indicator name split by "/".
     */
    record Case(Reading target, Reading actual, String projection, Direction direction, Reading baseline,
            Reading previous, List<String> seriesLabels, Judgement judgement) {
    }

    /** The evaluation, or null when the year has no target or no actual to compare. */
    static Evaluation evaluate(Case c, GradeScale scale) {
        if (c.target() instanceof Empty || c.actual() instanceof Empty) {
            return null;
        }
        Evaluation e = unmarked(c, scale);
        if (c.projection() == null) {
            return e;
        }
        return new Evaluation(e.rate(), e.grade(), e.label(), e.status(),
                e.basis() + "（見込: 実績に「" + c.projection() + "」、確定値ではない）", e.series(), true, e.proposal(), null);
    }

    private static Evaluation unmarked(Case c, GradeScale scale) {
        if (c.judgement() != null) {
            Judgement j = c.judgement();
            return evaluation(null, j.grade(), JUDGED, "担当者の判断（" + j.judgedBy() + "）: " + j.reason(), List.of());
        }
        if (c.target() instanceof Relative relative) {
            return RelativeTarget.evaluate(relative, c, scale);
        }
        if (c.target() instanceof Series || c.actual() instanceof Series) {
            return series(c, scale);
        }
        if (c.target() instanceof Qualitative || c.actual() instanceof Qualitative || c.actual() instanceof Relative) {
            return words(c);
        }
        Rated r = rate(Readings.bound(c.target(), c.direction()), Readings.bound(c.actual(), c.direction()),
                c.direction(), Readings.primary(c.baseline()), scale);
        return evaluation(r.rate, r.grade, r.status, r.basis, List.of());
    }

    record Rated(BigDecimal rate, Grade grade, String status, String basis) {
    }

    static Rated rate(Quantity target, Quantity actual, Direction direction, Quantity baseline, GradeScale scale) {
        if (!target.comparableWith(actual)) {
            return new Rated(null, null, NOT_COMPARABLE, "単位が異なるため比較できない（目標 " + Readings.format(target)
                    + "、実績 " + Readings.format(actual) + "）: 担当者の判断を shinchoku judge で記録");
        }
        BigDecimal t = target.canonical();
        BigDecimal a = actual.canonical();
        if (direction == Direction.DECREASE) {
            if (baseline != null && baseline.comparableWith(target) && baseline.canonical().compareTo(t) != 0) {
                BigDecimal b = baseline.canonical();
                BigDecimal rate = percent(b.subtract(a), b.subtract(t));
                return rated(rate, scale, "(基準値 " + Readings.format(baseline) + " − 実績 " + Readings.format(actual)
                        + ") ÷ (基準値 " + Readings.format(baseline) + " − 目標 " + Readings.format(target) + ") = "
                        + rate.toPlainString() + "%");
            }
            if (a.signum() == 0) {
                return new Rated(null, Grade.A, ACHIEVED, "実績 " + Readings.format(actual) + "（目標 "
                        + Readings.format(target) + " 以下）");
            }
            BigDecimal rate = percent(t, a);
            return rated(rate, scale, "目標 " + Readings.format(target) + " ÷ 実績 " + Readings.format(actual) + " = "
                    + rate.toPlainString() + "%（少ないほど良い）");
        }
        if (t.signum() == 0) {
            return a.signum() >= 0
                    ? new Rated(null, Grade.A, ACHIEVED, "目標 " + Readings.format(target) + " に対し実績 " + Readings.format(actual))
                    : new Rated(null, Grade.D, RATED, "目標 " + Readings.format(target) + " を下回る実績 " + Readings.format(actual));
        }
        BigDecimal rate = percent(a, t);
        return rated(rate, scale, "実績 " + Readings.format(actual) + " ÷ 目標 " + Readings.format(target) + " = "
                + rate.toPlainString() + "%");
    }

    static Rated rated(BigDecimal rate, GradeScale scale, String basis) {
        return new Rated(rate, scale.grade(rate), RATED, basis);
    }

    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, MathContext.DECIMAL64).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    /** Each series on its own; the cell takes the worst grade among them. */
    private static Evaluation series(Case c, GradeScale scale) {
        List<Part> targets = parts(c.target());
        List<Part> actuals = parts(c.actual());
        if (targets == null || actuals == null) {
            return words(c);
        }
        return bySeries(pairs(targets, actuals), c.seriesLabels(), (target, actual) -> {
            Quantity t = Readings.bound(target.value(), c.direction());
            Quantity a = Readings.bound(actual.value(), c.direction());
            return t == null || a == null ? null : rate(t, a, c.direction(), null, scale);
        });
    }

    /** How one target part and one actual part compare; null when they cannot be paired. */
    interface PairRater {
        Rated rate(Part target, Part actual);
    }

    /** Each pair rated on its own; the cell takes the worst grade among them. */
    static Evaluation bySeries(List<Part[]> pairs, List<String> labels, PairRater rater) {
        List<SeriesEvaluation> rated = new ArrayList<>();
        Grade worst = null;
        for (int i = 0; i < pairs.size(); i++) {
            Part target = pairs.get(i)[0];
            Part actual = pairs.get(i)[1];
            Rated r = rater.rate(target, actual);
            if (r == null) {
                continue;
            }
            rated.add(new SeriesEvaluation(label(target, actual, labels, i), r.rate,
                    r.grade == null ? null : r.grade.name(), r.status, r.basis));
            worst = Grade.worse(worst, r.grade);
        }
        if (rated.isEmpty()) {
            return evaluation(null, null, NOT_COMPARABLE, "系列を対応づけられない", List.of());
        }
        return evaluation(null, worst, worst == null ? NOT_COMPARABLE : RATED,
                "系列ごとに評価（" + rated.size() + "系列）し、最も低い評価を採用", rated);
    }

    /** Target and actual parts side by side; a single value on one side faces every part of the other. */
    static List<Part[]> pairs(List<Part> targets, List<Part> actuals) {
        List<Part[]> pairs = new ArrayList<>();
        if (actuals.size() == 1 && targets.size() > 1) {
            targets.forEach(t -> pairs.add(new Part[] {t, actuals.get(0)}));
            return pairs;
        }
        for (int i = 0; i < actuals.size(); i++) {
            Part target = matching(targets, actuals.get(i), i);
            if (target != null) {
                pairs.add(new Part[] {target, actuals.get(i)});
            }
        }
        return pairs;
    }

    /** A series' parts; a single value stands for every part; words have none. */
    static List<Part> parts(Reading reading) {
        if (reading instanceof Series s) {
            return s.parts();
        }
        if (reading instanceof Quantity || reading instanceof Reading.Range) {
            return List.of(new Part(null, reading));
        }
        return null;
    }

    /** The target part for an actual part: the one with the same label, else the one in the same place. */
    private static Part matching(List<Part> targets, Part actual, int index) {
        if (targets.size() == 1) {
            return targets.get(0);
        }
        if (actual.label() != null) {
            String label = CellReader.normalize(actual.label()).replace(" ", "");
            for (Part t : targets) {
                if (t.label() != null && CellReader.normalize(t.label()).replace(" ", "").equals(label)) {
                    return t;
                }
            }
        }
        return index < targets.size() ? targets.get(index) : null;
    }

    static String label(Part target, Part actual, List<String> names, int index) {
        if (actual.label() != null) {
            return actual.label();
        }
        if (target.label() != null) {
            return target.label();
        }
        return index < names.size() ? names.get(index) : "系列" + (index + 1);
    }

    /** Words: achieved, proposed or pending as {@link WordOutcome} reads them. */
    private static Evaluation words(Case c) {
        Quantity count = c.actual() instanceof Quantity q ? q : null;
        WordOutcome.Outcome outcome = WordOutcome.of(text(c.target()), text(c.actual()),
                count != null && count.canonical().signum() == 0);
        if (outcome instanceof WordOutcome.Achieved achieved) {
            return evaluation(null, Grade.A, ACHIEVED, achieved.basis(), List.of());
        }
        Proposal proposal = outcome instanceof WordOutcome.Proposed p
                ? new Proposal(p.grade().name(), p.grade().label(), Proposal.PROPOSED, p.reason()) : null;
        return new Evaluation(null, null, Grade.labelOf(null), PENDING,
                "定性的な目標: 担当者の判断待ち（shinchoku judge で判断と理由を記録）", List.of(), null, proposal, null);
    }

    private static String text(Reading reading) {
        if (reading instanceof Qualitative q) {
            return q.text();
        }
        if (reading instanceof Relative r) {
            return r.text();
        }
        Quantity q = Readings.primary(reading);
        return q == null ? "" : (q.prefix() == null ? "" : q.prefix()) + Readings.format(q);
    }

    static Evaluation evaluation(BigDecimal rate, Grade grade, String status, String basis,
            List<SeriesEvaluation> series) {
        return new Evaluation(rate, grade == null ? null : grade.name(), Grade.labelOf(grade), status, basis, series);
    }
}
