package jp.shinchoku.indicator;

import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.shinchoku.value.Reading.Comparator;
import jp.shinchoku.value.Reading.Quantity;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;

/**
 * Works out which way an indicator should move, and says why: from a bound written in its targets
 * (以上 → increase, 未満 → decrease), then from words in its name that mean less is better (被害額,
 * 不読率, 時間外勤務 …), then from its run of targets. Also tells cumulative (累計) indicators from
 * single-year ones.
 */
public final class DirectionRule {

    /** Names with these words measure something to reduce. */
    private static final List<String> LESS_IS_BETTER = List.of(
            "被害", "不読率", "時間外", "残業", "事務作業時間", "配布枚数", "待機児童", "事故", "苦情", "滞納", "欠席");
    /** …unless the name counts what the reduction achieved (業務削減時間 is hours saved). */
    private static final List<String> REDUCTION_ACHIEVED = List.of("削減時間", "削減率", "削減額", "削減効果", "効果額");
    private static final List<String> SINGLE_YEAR = List.of("単年度", "年間", "通年", "各年度");

    private DirectionRule() {
    }

    /** The inferred direction of an indicator, with the reason a reader is shown. */
    public record Inferred(Direction direction, String reason, boolean cumulative, String cumulativeReason) {
    }

    public static Inferred infer(Indicator indicator) {
        return infer(ReadIndicator.of(indicator));
    }

    static Inferred infer(ReadIndicator read) {
        Indicator indicator = read.indicator();
        List<Quantity> targets = numericTargets(read);
        boolean cumulative = names(indicator).stream().anyMatch(n -> n.contains("累計"));
        String cumulativeReason = cumulative ? "名称に「累計」" : singleYearReason(indicator);
        Decision decision = targets.isEmpty() ? relative(read) : direction(indicator, targets);
        return new Inferred(decision.direction, decision.reason, cumulative, cumulativeReason);
    }

    private record Decision(Direction direction, String reason) {
    }

    /** Without a number among the targets, a target relative to another year (前年比増加) still says which way. */
    private static Decision relative(ReadIndicator read) {
        for (ReadIndicator.Year y : read.years()) {
            if (y.target() instanceof Reading.Relative r) {
                return new Decision(r.change().upward() ? Direction.INCREASE : Direction.DECREASE,
                        "目標に「" + r.text() + "」");
            }
        }
        return new Decision(Direction.QUALITATIVE, "目標が数値でない（文章の目標）");
    }

    private static Decision direction(Indicator indicator, List<Quantity> targets) {
        for (Quantity q : targets) {
            if (q.comparator() != null) {
                Comparator c = q.comparator();
                return c.isFloor()
                        ? new Decision(Direction.INCREASE, "目標に「" + c.word() + "」")
                        : new Decision(Direction.DECREASE, "目標に「" + c.word() + "」");
            }
        }
        for (String name : names(indicator)) {
            if (REDUCTION_ACHIEVED.stream().anyMatch(name::contains)) {
                break;
            }
            for (String word : LESS_IS_BETTER) {
                if (name.contains(word)) {
                    return new Decision(Direction.DECREASE, "名称に「" + word + "」（少ないほど良い）");
                }
            }
        }
        return fromRun(targets);
    }

    /** Targets that fall every year mean less is better; steady targets mean keep the level. */
    private static Decision fromRun(List<Quantity> targets) {
        if (targets.size() == 1) {
            return new Decision(Direction.INCREASE, "目標が1つのみ: 多いほど良いとみなす");
        }
        List<BigDecimal> run = targets.stream().map(Quantity::canonical).toList();
        String shown = String.join(" → ", targets.stream().map(DirectionRule::shown).toList());
        boolean allEqual = run.stream().allMatch(v -> v.compareTo(run.get(0)) == 0);
        if (allEqual) {
            return new Decision(Direction.MAINTAIN, "目標が一定（" + shown + "）");
        }
        boolean fallsEveryYear = run.size() >= 3;
        for (int i = 1; i < run.size() && fallsEveryYear; i++) {
            fallsEveryYear = run.get(i).compareTo(run.get(i - 1)) < 0;
        }
        if (fallsEveryYear) {
            return new Decision(Direction.DECREASE, "目標が毎年下がる（" + shown + "）");
        }
        if (run.get(run.size() - 1).compareTo(run.get(0)) > 0) {
            return new Decision(Direction.INCREASE, "目標が上がる（" + shown + "）");
        }
        return new Decision(Direction.INCREASE, "目標の推移が一定方向でない（" + shown + "）: 多いほど良いとみなす");
    }

    /** The numeric targets in year order: a quantity, a range's relevant bound or a series' first part. */
    private static List<Quantity> numericTargets(ReadIndicator read) {
        List<Quantity> targets = new ArrayList<>();
        for (ReadIndicator.Year y : read.years()) {
            Quantity q = Readings.primary(y.target());
            if (q != null) {
                targets.add(q);
            }
        }
        return targets;
    }

    private static Set<String> names(Indicator indicator) {
        Set<String> names = new LinkedHashSet<>();
        if (indicator.name() != null) {
            names.add(CellReader.normalize(indicator.name()).replace(" ", ""));
        }
        indicator.values().stream().map(IndicatorValue::name).filter(n -> n != null)
                .forEach(n -> names.add(CellReader.normalize(n).replace(" ", "")));
        return names;
    }

    private static String singleYearReason(Indicator indicator) {
        for (String name : names(indicator)) {
            for (String word : SINGLE_YEAR) {
                if (name.contains(word)) {
                    return "名称に「" + word + "」";
                }
            }
        }
        return "「累計」の記載なし: 単年度とみなす";
    }

    private static String shown(Quantity q) {
        return Readings.format(q);
    }
}
