package jp.shinchoku.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Measure;

/** Builds an indicator from cells written as a sheet would write them, and evaluates it alone. */
final class Cells {

    private final String name;
    private Baseline baseline;
    private final List<IndicatorValue> values = new ArrayList<>();

    private Cells(String name) {
        this.name = name;
    }

    static Cells indicator(String name) {
        return new Cells(name);
    }

    Cells baseline(int fiscalYear, String text) {
        baseline = new Baseline(fiscalYear, Measure.of(text));
        return this;
    }

    /** One fiscal year; null for an empty cell. */
    Cells year(int fiscalYear, String target, String actual) {
        values.add(new IndicatorValue(fiscalYear, null, Measure.of(target), Measure.of(actual)));
        return this;
    }

    Indicator stated() {
        return new Indicator("指標①", name, null, baseline, values);
    }

    Indicator evaluated() {
        return evaluated(EvaluationInputs.DEFAULT);
    }

    Indicator evaluated(GradeScale scale) {
        return evaluated(new EvaluationInputs(scale, Map.of(), Map.of()));
    }

    Indicator evaluated(EvaluationInputs inputs) {
        Indicator k = stated();
        return Evaluator.evaluate(initiative(k), k, inputs);
    }

    Evaluation evaluation(int fiscalYear) {
        return evaluated().valueFor(fiscalYear).evaluation();
    }

    /** An initiative with the one indicator, coded "x". */
    static Initiative initiative(Indicator... indicators) {
        return new Initiative("x", null, "x", null, null, null, null, null, null, List.of(indicators));
    }

    /** A target in words against an actual, in one year. */
    static Evaluation words(String target, String actual) {
        return indicator("取組状況").year(2024, target, actual).evaluation(2024);
    }
}
