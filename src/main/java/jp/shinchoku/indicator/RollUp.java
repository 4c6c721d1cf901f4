package jp.shinchoku.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;

/**
 * Grades of one fiscal year rolled up: each initiative from its indicators (the worst grade, or
 * the grade of their average rate, as the organisation chose), each section and the plan as
 * counts of initiative grades.
 */
public final class RollUp {

    private RollUp() {
    }

    /** An initiative's grade for the year, and how it came about. */
    public record InitiativeGrade(String key, String title, Grade grade, String basis) {
    }

    /** Counts of initiative grades; {@code ungraded} counts initiatives with nothing to grade that year. */
    public record Counts(Map<Grade, Integer> byGrade, int ungraded) {
        public int total() {
            return byGrade.values().stream().mapToInt(Integer::intValue).sum() + ungraded;
        }
    }

    public record SectionRollUp(String label, String title, Counts counts, List<InitiativeGrade> initiatives,
            List<SectionRollUp> sections) {
    }

    public record PlanRollUp(Integer fiscalYear, Counts counts, List<SectionRollUp> sections) {
    }

    /** The latest fiscal year in which any value of the plan was graded, or null. */
    public static Integer latestGradedYear(PlanDocument evaluated) {
        Integer latest = null;
        for (Initiative i : evaluated.allInitiatives()) {
            for (Indicator k : i.indicators()) {
                for (IndicatorValue v : k.values()) {
                    if (v.evaluation() != null && v.evaluation().grade() != null && (latest == null || v.fiscalYear() > latest)) {
                        latest = v.fiscalYear();
                    }
                }
            }
        }
        return latest;
    }

    /** The roll-up of the latest graded year, or empty when nothing in the plan is graded yet. */
    public static java.util.Optional<PlanRollUp> ofLatestYear(PlanDocument evaluated, GradeScale scale) {
        return java.util.Optional.ofNullable(latestGradedYear(evaluated)).map(year -> of(evaluated, year, scale));
    }

    public static PlanRollUp of(PlanDocument evaluated, int fiscalYear, GradeScale scale) {
        List<SectionRollUp> sections = evaluated.sections().stream().map(s -> section(s, fiscalYear, scale)).toList();
        return new PlanRollUp(fiscalYear, sum(sections.stream().map(SectionRollUp::counts).toList()), sections);
    }

    private static SectionRollUp section(Section s, int year, GradeScale scale) {
        List<InitiativeGrade> grades = s.initiatives().stream().map(i -> initiative(i, year, scale)).toList();
        List<SectionRollUp> children = s.sections().stream().map(c -> section(c, year, scale)).toList();
        List<Counts> parts = new ArrayList<>(children.stream().map(SectionRollUp::counts).toList());
        parts.add(count(grades));
        return new SectionRollUp(s.label(), s.title(), sum(parts), grades, children);
    }

    public static InitiativeGrade initiative(Initiative initiative, int year, GradeScale scale) {
        List<Evaluation> graded = new ArrayList<>();
        for (Indicator k : initiative.indicators()) {
            IndicatorValue v = k.valueFor(year);
            if (v != null && v.evaluation() != null && v.evaluation().grade() != null) {
                graded.add(v.evaluation());
            }
        }
        if (graded.isEmpty()) {
            return new InitiativeGrade(initiative.key(), initiative.title(), null, "評価できる指標なし");
        }
        if (scale.rollUp() == GradeScale.RollUp.WORST) {
            Grade worst = null;
            for (Evaluation e : graded) {
                worst = Grade.worse(worst, Grade.valueOf(e.grade()));
            }
            return new InitiativeGrade(initiative.key(), initiative.title(), worst,
                    graded.size() + "指標のうち最も低い評価");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Evaluation e : graded) {
            sum = sum.add(rateOf(e, scale));
        }
        BigDecimal average = sum.divide(BigDecimal.valueOf(graded.size()), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
        return new InitiativeGrade(initiative.key(), initiative.title(), scale.grade(average),
                graded.size() + "指標の達成率の平均 " + average.toPlainString() + "%");
    }

    /** A value's rate for averaging: its own, its lowest series rate, or for a grade without a rate the grade's floor. */
    private static BigDecimal rateOf(Evaluation e, GradeScale scale) {
        if (e.rate() != null) {
            return e.rate();
        }
        BigDecimal lowest = e.series().stream().map(Evaluation.SeriesEvaluation::rate).filter(r -> r != null)
                .min(BigDecimal::compareTo).orElse(null);
        if (lowest != null) {
            return lowest;
        }
        return switch (Grade.valueOf(e.grade())) {
            case A -> scale.a();
            case B -> scale.b();
            case C -> scale.c();
            case D -> BigDecimal.ZERO;
        };
    }

    private static Counts count(List<InitiativeGrade> grades) {
        Map<Grade, Integer> byGrade = empty();
        int ungraded = 0;
        for (InitiativeGrade g : grades) {
            if (g.grade() == null) {
                ungraded++;
            } else {
                byGrade.merge(g.grade(), 1, Integer::sum);
            }
        }
        return new Counts(byGrade, ungraded);
    }

    private static Counts sum(List<Counts> parts) {
        Map<Grade, Integer> byGrade = empty();
        int ungraded = 0;
        for (Counts c : parts) {
            c.byGrade().forEach((g, n) -> byGrade.merge(g, n, Integer::sum));
            ungraded += c.ungraded();
        }
        return new Counts(byGrade, ungraded);
    }

    private static Map<Grade, Integer> empty() {
        Map<Grade, Integer> map = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            map.put(g, 0);
        }
        return map;
    }
}
