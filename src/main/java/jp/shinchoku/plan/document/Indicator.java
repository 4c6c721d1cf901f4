package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A KPI (指標, 成果目標, 目標). {@code label} is its place in the document (成果目標②, 指標①),
 * {@code note} a remark printed with it (※ …). A value names the indicator itself only when
 * that year's name differs from {@code name}.
 */
@JsonPropertyOrder({"label", "name", "note", "baseline", "values"})
public record Indicator(String label, String name, String note, Baseline baseline, List<IndicatorValue> values) {

    public Indicator {
        values = List.copyOf(values == null ? List.of() : values);
    }

    /** The value for {@code fiscalYear}, or null. */
    public IndicatorValue valueFor(int fiscalYear) {
        return values.stream().filter(v -> v.fiscalYear() == fiscalYear).findFirst().orElse(null);
    }
}
