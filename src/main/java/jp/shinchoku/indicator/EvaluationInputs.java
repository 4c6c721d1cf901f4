package jp.shinchoku.indicator;

import java.util.Map;

/**
 * What people decided about a plan's indicators: the organisation's grade scale, directions set by
 * hand, and judgements of qualitative targets. Keys name an initiative by {@code Initiative.key()}
 * and an indicator by its label.
 */
public record EvaluationInputs(GradeScale scale, Map<IndicatorKey, DirectionOverride> directions,
        Map<YearKey, Judgement> judgements) {

    public static final EvaluationInputs DEFAULT = new EvaluationInputs(GradeScale.DEFAULT, Map.of(), Map.of());

    public EvaluationInputs {
        directions = Map.copyOf(directions);
        judgements = Map.copyOf(judgements);
    }

    /** One indicator of one initiative. */
    public record IndicatorKey(String initiative, String indicator) {
    }

    /** One fiscal year of one indicator. */
    public record YearKey(IndicatorKey indicator, int fiscalYear) {
    }

    /** A direction someone set, and why. */
    public record DirectionOverride(Direction direction, String reason, String setBy) {
    }
}
