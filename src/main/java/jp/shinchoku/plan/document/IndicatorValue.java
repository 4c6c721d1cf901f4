package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An indicator's target and actual for one fiscal year, the department's note on that year where
 * it gave one, and, once evaluated, how it did.
 */
@JsonPropertyOrder({"fiscalYear", "name", "target", "actual", "note", "evaluation"})
public record IndicatorValue(int fiscalYear, String name, Measure target, Measure actual,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) Evaluation evaluation) {

    public IndicatorValue(int fiscalYear, String name, Measure target, Measure actual) {
        this(fiscalYear, name, target, actual, null, null);
    }

    public IndicatorValue withEvaluation(Evaluation newEvaluation) {
        return new IndicatorValue(fiscalYear, name, target, actual, note, newEvaluation);
    }

    /** The same year with another target, actual and note, as a person entered them. */
    public IndicatorValue withEntries(Measure newTarget, Measure newActual, String newNote) {
        return new IndicatorValue(fiscalYear, name, newTarget, newActual, newNote, null);
    }

    public IndicatorValue asStated() {
        return new IndicatorValue(fiscalYear, name, target, actual, note, null);
    }
}
