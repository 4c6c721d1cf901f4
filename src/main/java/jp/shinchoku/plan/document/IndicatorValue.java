package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An indicator's target and actual for one fiscal year, and, once evaluated, how it did. */
@JsonPropertyOrder({"fiscalYear", "name", "target", "actual", "evaluation"})
public record IndicatorValue(int fiscalYear, String name, Measure target, Measure actual,
        @JsonInclude(JsonInclude.Include.NON_NULL) Evaluation evaluation) {

    public IndicatorValue(int fiscalYear, String name, Measure target, Measure actual) {
        this(fiscalYear, name, target, actual, null);
    }

    public IndicatorValue withEvaluation(Evaluation newEvaluation) {
        return new IndicatorValue(fiscalYear, name, target, actual, newEvaluation);
    }

    public IndicatorValue asStated() {
        return new IndicatorValue(fiscalYear, name, target, actual, null);
    }
}
