package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A KPI (指標, 成果目標, 目標). {@code label} is its place in the document (成果目標②, 指標①),
 * {@code note} a remark printed with it (※ …). A value names the indicator itself only when
 * that year's name differs from {@code name}.
 *
 * <p>{@code direction} (increase, decrease, maintain, qualitative) with its reason, {@code
 * cumulative} and {@code offTrack} are filled in by the evaluation; an importer leaves them null.
 */
@JsonPropertyOrder({"label", "name", "note", "direction", "directionReason", "cumulative", "offTrack",
        "offTrackReason", "baseline", "values"})
public record Indicator(String label, String name, String note, String direction, String directionReason,
        Boolean cumulative, Boolean offTrack, String offTrackReason, Baseline baseline, List<IndicatorValue> values) {

    public Indicator {
        values = List.copyOf(values == null ? List.of() : values);
    }

    /** An indicator as a document states it, before evaluation. */
    public Indicator(String label, String name, String note, Baseline baseline, List<IndicatorValue> values) {
        this(label, name, note, null, null, null, null, null, baseline, values);
    }

    /** The value for {@code fiscalYear}, or null. */
    public IndicatorValue valueFor(int fiscalYear) {
        return values.stream().filter(v -> v.fiscalYear() == fiscalYear).findFirst().orElse(null);
    }

    /** The name for {@code fiscalYear}: that year's own name where it has one. */
    public String nameFor(int fiscalYear) {
        IndicatorValue v = valueFor(fiscalYear);
        return v != null && v.name() != null ? v.name() : name;
    }

    /** The same indicator as stated, without what an evaluation added. */
    public Indicator asStated() {
        return new Indicator(label, name, note, baseline, values.stream().map(IndicatorValue::asStated).toList());
    }
}
