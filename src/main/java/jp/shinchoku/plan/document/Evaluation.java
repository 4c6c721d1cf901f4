package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * How one fiscal year of an indicator did. {@code rate} is the achievement rate in percent (null
 * where there is no number to compute it from); {@code grade} A–D or null when nothing can be
 * graded yet; {@code label} the grade in words (達成 / 概ね達成 / 一部達成 / 未達成 / —);
 * {@code status} rated, achieved, judged, pending or not-comparable; {@code basis} how the grade
 * came about, in words a reader can check. A multi-series cell carries one evaluation per series.
 *
 * <p>Added later, and written only where they apply, so that documents written before them read
 * the same: {@code provisional} (true when the actual is a projection, 見込, and the grade is not
 * final), {@code proposal} (a grade the rules suggest for a person to confirm; it is not a grade)
 * and {@code trend} (the movement from the previous year's actual).
 */
@JsonPropertyOrder({"rate", "grade", "label", "status", "basis", "series", "provisional", "proposal", "trend"})
public record Evaluation(BigDecimal rate, String grade, String label, String status, String basis,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SeriesEvaluation> series,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean provisional,
        @JsonInclude(JsonInclude.Include.NON_NULL) Proposal proposal,
        @JsonInclude(JsonInclude.Include.NON_NULL) Trend trend) {

    public Evaluation {
        series = List.copyOf(series == null ? List.of() : series);
        provisional = Boolean.TRUE.equals(provisional) ? Boolean.TRUE : null;
    }

    public Evaluation(BigDecimal rate, String grade, String label, String status, String basis,
            List<SeriesEvaluation> series) {
        this(rate, grade, label, status, basis, series, null, null, null);
    }

    /** True when the actual is a projection (見込): shown, but not counted as a result. */
    public boolean projected() {
        return Boolean.TRUE.equals(provisional);
    }

    public Evaluation withTrend(Trend newTrend) {
        return new Evaluation(rate, grade, label, status, basis, series, provisional, proposal, newTrend);
    }

    /** One series of a multi-series cell (小 / 中, or one part of "1,130回/0.154/0"). */
    @JsonPropertyOrder({"label", "rate", "grade", "status", "basis"})
    public record SeriesEvaluation(String label, BigDecimal rate, String grade, String status, String basis) {
    }

    /**
     * A grade the rules propose for a year they cannot grade on their own; {@code status} is always
     * "proposed". It counts as nothing until a person records a judgement.
     */
    @JsonPropertyOrder({"grade", "label", "status", "reason"})
    public record Proposal(String grade, String label, String status, String reason) {
        public static final String PROPOSED = "proposed";
    }

    /**
     * The movement from the previous year's actual: {@code movement} improved, unchanged or
     * worsened (label 改善 / 横ばい / 悪化), {@code basis} the two values, {@code warning} set when
     * the movement says more than the grade does (a decrease rated without a baseline that worsened).
     */
    @JsonPropertyOrder({"movement", "label", "basis", "warning"})
    public record Trend(String movement, String label, String basis,
            @JsonInclude(JsonInclude.Include.NON_NULL) String warning) {
    }
}
