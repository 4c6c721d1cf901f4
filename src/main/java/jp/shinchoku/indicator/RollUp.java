package jp.shinchoku.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;

/**
 * Grades of one fiscal year rolled up: each initiative from its indicators (the worst grade, or
 * the grade of their average rate, as the organisation chose), each section and the plan as
 * counts of initiative grades. Only confirmed grades count: a year waiting for a person (even with
 * a proposal), a year that cannot be compared and a provisional (見込) year are counted beside
 * the grade instead, so that a grade never hides them.
 */
public final class RollUp {

    private RollUp() {
    }

    /** An initiative's grade for the year, how it came about, and the indicator-years left out of it. */
    public record InitiativeGrade(String key, String title, Grade grade, String basis, Outstanding outstanding) {
    }

    /**
     * Indicator-years of one fiscal year that have no confirmed grade: waiting for a person's
     * judgement ({@code proposed} of them with a proposal), provisional (見込), or not comparable.
     */
    public record Outstanding(int pending, int proposed, int provisional, int notComparable) {

        public static final Outstanding NONE = new Outstanding(0, 0, 0, 0);

        public int total() {
            return pending + provisional + notComparable;
        }

        public Outstanding plus(Outstanding o) {
            return new Outstanding(pending + o.pending, proposed + o.proposed, provisional + o.provisional,
                    notComparable + o.notComparable);
        }

        /** "判定待ち 2件（うち提案 1件）、見込 1件": what a reader sees beside the grade; empty when nothing is left out. */
        public String words() {
            List<String> parts = new ArrayList<>();
            if (pending > 0) {
                parts.add("判定待ち " + pending + "件" + (proposed > 0 ? "（うち提案 " + proposed + "件）" : ""));
            }
            if (provisional > 0) {
                parts.add("見込 " + provisional + "件");
            }
            if (notComparable > 0) {
                parts.add("比較不能 " + notComparable + "件");
            }
            return String.join("、", parts);
        }
    }

    /**
     * Counts of initiative grades; {@code ungraded} counts initiatives with nothing to grade that
     * year; {@code outstanding} the indicator-years left out of the grades.
     */
    public record Counts(Map<Grade, Integer> byGrade, int ungraded, Outstanding outstanding) {
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
    public static Optional<PlanRollUp> ofLatestYear(PlanDocument evaluated, GradeScale scale) {
        return Optional.ofNullable(latestGradedYear(evaluated)).map(year -> of(evaluated, year, scale));
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
        Outstanding outstanding = Outstanding.NONE;
        for (Indicator k : initiative.indicators()) {
            IndicatorValue v = k.valueFor(year);
            Evaluation e = v == null ? null : v.evaluation();
            if (e == null) {
                continue;
            }
            if (e.projected()) {
                outstanding = outstanding.plus(new Outstanding(0, 0, 1, 0));
            } else if (e.grade() != null) {
                graded.add(e);
            } else if (Achievement.NOT_COMPARABLE.equals(e.status())) {
                outstanding = outstanding.plus(new Outstanding(0, 0, 0, 1));
            } else {
                outstanding = outstanding.plus(new Outstanding(1, e.proposal() == null ? 0 : 1, 0, 0));
            }
        }
        InitiativeGrade rolled = rolled(initiative, graded, scale);
        return new InitiativeGrade(rolled.key(), rolled.title(), rolled.grade(), rolled.basis(), outstanding);
    }

    private static InitiativeGrade rolled(Initiative initiative, List<Evaluation> graded, GradeScale scale) {
        if (graded.isEmpty()) {
            return new InitiativeGrade(initiative.key(), initiative.title(), null, "評価できる指標なし", null);
        }
        if (scale.rollUp() == GradeScale.RollUp.WORST) {
            Grade worst = null;
            for (Evaluation e : graded) {
                worst = Grade.worse(worst, Grade.valueOf(e.grade()));
            }
            return new InitiativeGrade(initiative.key(), initiative.title(), worst,
                    graded.size() + "指標のうち最も低い評価", null);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Evaluation e : graded) {
            sum = sum.add(rateOf(e, scale));
        }
        BigDecimal average = sum.divide(BigDecimal.valueOf(graded.size()), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
        return new InitiativeGrade(initiative.key(), initiative.title(), scale.grade(average),
                graded.size() + "指標の達成率の平均 " + average.toPlainString() + "%", null);
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
        Outstanding outstanding = Outstanding.NONE;
        for (InitiativeGrade g : grades) {
            if (g.grade() == null) {
                ungraded++;
            } else {
                byGrade.merge(g.grade(), 1, Integer::sum);
            }
            outstanding = outstanding.plus(g.outstanding());
        }
        return new Counts(byGrade, ungraded, outstanding);
    }

    private static Counts sum(List<Counts> parts) {
        Map<Grade, Integer> byGrade = empty();
        int ungraded = 0;
        Outstanding outstanding = Outstanding.NONE;
        for (Counts c : parts) {
            c.byGrade().forEach((g, n) -> byGrade.merge(g, n, Integer::sum));
            ungraded += c.ungraded();
            outstanding = outstanding.plus(c.outstanding());
        }
        return new Counts(byGrade, ungraded, outstanding);
    }

    private static Map<Grade, Integer> empty() {
        Map<Grade, Integer> map = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            map.put(g, 0);
        }
        return map;
    }
}
