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
 */
@JsonPropertyOrder({"rate", "grade", "label", "status", "basis", "series"})
public record Evaluation(BigDecimal rate, String grade, String label, String status, String basis,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SeriesEvaluation> series) {

    public Evaluation {
        series = List.copyOf(series == null ? List.of() : series);
    }

    /** One series of a multi-series cell (小 / 中, or one part of "1,130回/0.154/0"). */
    @JsonPropertyOrder({"label", "rate", "grade", "status", "basis"})
    public record SeriesEvaluation(String label, BigDecimal rate, String grade, String status, String basis) {
    }
}
