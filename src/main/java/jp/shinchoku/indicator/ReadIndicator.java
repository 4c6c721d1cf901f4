package jp.shinchoku.indicator;

import java.util.List;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;

/**
 * An indicator with its cells read once: the direction, the rates and the off-track check all
 * work from these readings instead of reading every cell again.
 */
record ReadIndicator(Indicator indicator, Reading baseline, List<Year> years) {

    /** One fiscal year's value and what its target and actual cells say. */
    record Year(IndicatorValue value, Reading target, Reading actual) {
        int fiscalYear() {
            return value.fiscalYear();
        }
    }

    /**
     * The actual of the year before {@code fiscalYear}: that year's actual cell, or the baseline
     * where it is the value of that year; empty when neither is there.
     */
    Reading previousActual(int fiscalYear) {
        for (Year y : years) {
            if (y.fiscalYear() == fiscalYear - 1 && !(y.actual() instanceof Reading.Empty)) {
                return y.actual();
            }
        }
        Integer baselineYear = indicator.baseline() == null ? null : indicator.baseline().fiscalYear();
        return baselineYear != null && baselineYear == fiscalYear - 1 ? baseline : new Reading.Empty(null);
    }

    static ReadIndicator of(Indicator indicator) {
        Reading baseline = indicator.baseline() == null ? read(null) : read(indicator.baseline().value());
        return new ReadIndicator(indicator, baseline, indicator.values().stream()
                .map(v -> new Year(v, read(v.target()), read(v.actual()))).toList());
    }

    private static Reading read(Measure m) {
        return m == null ? new Reading.Empty(null) : CellReader.read(m.text());
    }
}
