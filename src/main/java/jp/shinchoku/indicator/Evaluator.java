package jp.shinchoku.indicator;

import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Wording;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.indicator.EvaluationInputs.DirectionOverride;
import jp.shinchoku.indicator.EvaluationInputs.IndicatorKey;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * Evaluates a whole plan document: each indicator gets its direction (with the reason), whether it
 * is cumulative and whether it is off track; each value with a target and an actual gets its rate,
 * grade and basis. The one place the rules run, for the command line, the exports and the pages.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static PlanDocument evaluate(PlanDocument plan, EvaluationInputs inputs) {
        return plan.mapInitiatives(i -> i.withIndicators(i.indicators().stream().map(k -> evaluate(i, k, inputs)).toList()));
    }

    static Indicator evaluate(Initiative initiative, Indicator stated, EvaluationInputs inputs) {
        Indicator k = stated.asStated();
        IndicatorKey key = keyOf(initiative, k);
        ReadIndicator read = ReadIndicator.of(k);
        DirectionRule.Inferred inferred = DirectionRule.infer(read);
        DirectionOverride override = inputs.directions().get(key);
        Direction direction = override == null ? inferred.direction() : override.direction();
        String reason = override == null ? inferred.reason() : setByPerson(override.setBy(), override.reason());
        List<IndicatorValue> values = read.years().stream().map(y -> y.value().withEvaluation(Trends.with(
                Achievement.evaluate(new Achievement.Case(y.target(), y.actual(), projection(y.value()), direction,
                        read.baseline(), read.previousActual(y.fiscalYear()), seriesLabels(k, y.value()),
                        inputs.judgements().get(new EvaluationInputs.YearKey(key, y.fiscalYear()))), inputs.scale()),
                read, y, direction))).toList();
        OffTrack.Result track = OffTrack.assess(read, direction);
        return new Indicator(k.label(), k.name(), k.note(), direction.code(), reason, inferred.cumulative(),
                track.offTrack(), track.reason(), k.baseline(), values);
    }

    /** The word that makes a year's actual a projection (見込み, 速報値 …), or null for a result. */
    private static String projection(IndicatorValue v) {
        return v.actual() == null ? null : Wording.projection(v.actual().text()).orElse(null);
    }

    private static final Pattern SET_BY_PERSON = Pattern.compile("^利用者が設定（[^）]*）: (.*)$", Pattern.DOTALL);

    /** The reason shown for a direction a person set. */
    static String setByPerson(String setBy, String reason) {
        return "利用者が設定（" + setBy + "）: " + reason;
    }

    /** The person's own words in a reason written by {@link #setByPerson}, or empty for an inferred reason. */
    static Optional<String> personsReason(String directionReason) {
        if (directionReason == null) {
            return Optional.empty();
        }
        Matcher m = SET_BY_PERSON.matcher(directionReason);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static IndicatorKey keyOf(Initiative initiative, Indicator indicator) {
        return new IndicatorKey(initiative.key(), indicator.label() != null ? indicator.label() : indicator.name());
    }

    /** "累計ダウンロード数/平均評価指数/累計アプリ作成数" names the parts of "1,130回/0.154/0". */
    private static List<String> seriesLabels(Indicator k, IndicatorValue v) {
        String name = k.nameFor(v.fiscalYear());
        if (name == null || !name.contains("/")) {
            return List.of();
        }
        return Arrays.stream(CellReader.normalize(name).split("/")).map(s -> s.replace(" ", "")).toList();
    }
}
