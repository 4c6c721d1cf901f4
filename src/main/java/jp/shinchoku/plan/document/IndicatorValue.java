package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An indicator's target and actual for one fiscal year. */
@JsonPropertyOrder({"fiscalYear", "name", "target", "actual"})
public record IndicatorValue(int fiscalYear, String name, Measure target, Measure actual) {
}
