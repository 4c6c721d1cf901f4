package jp.shinchoku.plan.document;

/** The value an indicator starts from (【現状】R3年度：72.4%). */
public record Baseline(Integer fiscalYear, Measure value) {
}
