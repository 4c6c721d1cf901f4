package jp.shinchoku.indicator;

import java.math.BigDecimal;

/**
 * An organisation's grading: the lowest rate (in percent) for A, B and C, and how an initiative's
 * grade comes from its indicators' grades (the worst of them, or the grade of their average rate).
 */
public record GradeScale(BigDecimal a, BigDecimal b, BigDecimal c, RollUp rollUp) {

    public static final GradeScale DEFAULT = new GradeScale(BigDecimal.valueOf(100), BigDecimal.valueOf(80),
            BigDecimal.valueOf(50), RollUp.WORST);

    public GradeScale {
        if (a.compareTo(b) < 0 || b.compareTo(c) < 0 || c.signum() < 0) {
            throw new IllegalArgumentException("thresholds must satisfy A ≥ B ≥ C ≥ 0, got A " + a.toPlainString()
                    + ", B " + b.toPlainString() + ", C " + c.toPlainString());
        }
    }

    public Grade grade(BigDecimal rate) {
        if (rate.compareTo(a) >= 0) {
            return Grade.A;
        }
        if (rate.compareTo(b) >= 0) {
            return Grade.B;
        }
        return rate.compareTo(c) >= 0 ? Grade.C : Grade.D;
    }

    /** How indicator grades roll up into an initiative's grade. */
    public enum RollUp {
        WORST, AVERAGE;

        public static RollUp of(String word) {
            for (RollUp r : values()) {
                if (r.name().equalsIgnoreCase(word)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown roll-up \"" + word + "\": use worst or average");
        }
    }
}
