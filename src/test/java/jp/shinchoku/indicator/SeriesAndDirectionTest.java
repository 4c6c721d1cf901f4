package jp.shinchoku.indicator;

import static jp.shinchoku.indicator.Cells.indicator;
import static jp.shinchoku.indicator.Cells.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Measure;
import org.junit.jupiter.api.Test;

/** Multi-series cells, the words of number cells, directions and the small types, on constructed cells. */
class SeriesAndDirectionTest {

    private static List<String> series(Evaluation e) {
        return e.series().stream().map(s -> s.label() + " " + s.rate() + " " + s.grade() + " " + s.status()).toList();
    }

    @Test
    void aSlashedCellTakesItsSeriesNamesFromTheIndicatorsName() {
        Evaluation e = indicator("累計ダウンロード数 / 平均 評価指数").year(2024, "700回/1/1", "1,130回/0.154/0").evaluation(2024);
        assertThat(series(e)).containsExactly("累計ダウンロード数 161.4 A rated", "平均評価指数 15.4 D rated", "系列3 0.0 D rated");
        assertThat(e.grade()).isEqualTo("D");
        assertThat(e.basis()).isEqualTo("系列ごとに評価（3系列）し、最も低い評価を採用");
    }

    @Test
    void aSingleActualFacesEverySeriesOfTheTarget() {
        Evaluation e = indicator("図書標準").year(2024, "小 10% 中 20%", "15%").evaluation(2024);
        assertThat(series(e)).containsExactly("小 150.0 A rated", "中 75.0 C rated");
        assertThat(e.grade()).isEqualTo("C");
    }

    @Test
    void anActualSeriesWithoutAMatchingTargetSeriesIsLeftOut() {
        Evaluation e = indicator("件数").year(2024, "小 10件 中 10件", "甲 1件 乙 2件 丙 3件").evaluation(2024);
        assertThat(series(e)).containsExactly("甲 10.0 D rated", "乙 20.0 D rated");
    }

    @Test
    void aSeriesWhosePartsAreAllInOtherUnitsCannotBeCompared() {
        Evaluation e = indicator("件数").year(2024, "小 10件 中 10件", "小 9回 中 5回").evaluation(2024);
        assertThat(e.grade()).isNull();
        assertThat(e.status()).isEqualTo("not-comparable");
        assertThat(e.series()).extracting(s -> s.status()).containsExactly("not-comparable", "not-comparable");
    }

    @Test
    void theAverageRollUpSkipsASeriesPartWithoutARate() {
        GradeScale average = new GradeScale(BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(50),
                GradeScale.RollUp.AVERAGE);
        Indicator k = indicator("件数").year(2024, "小 10件 中 10件", "小 9件 中 5回").evaluated(average);
        assertThat(RollUp.initiative(Cells.initiative(k), 2024, average).basis()).isEqualTo("1指標の達成率の平均 90.0%");
    }

    @Test
    void aTrendOfAnUnlabelledActualIsShownWithThePreviousYearsLabels() {
        Evaluation e = indicator("件数").year(2023, null, "小 10件 中 5件").year(2024, "10件", "12件").evaluation(2024);
        assertThat(e.trend().basis()).isEqualTo("令和5年度 → 令和6年度: 小 10件 → 12件、中 5件 → 12件");
    }

    @Test
    void wordsThatStartWithANumberAreComparedAsWritten() {
        Evaluation prefixed = words("協定締結数1件", "協定締結数1件を締結済み");
        assertThat(prefixed.basis()).isEqualTo("実績が目標の記述を含む");
        assertThat(words("1件", "1件を実施").basis()).isEqualTo("実績が目標の記述を含む");
        assertThat(words("前年比増加を目指す", "前年比増加").basis()).as("a relative actual reads as its words")
                .isEqualTo("実績が目標の記述の一部と一致");
    }

    @Test
    void aTwoLetterTargetIsFoundInsideTheActualAndAnActionAtTheStartCounts() {
        assertThat(words("運用", "運用開始").basis()).isEqualTo("実績が目標の記述を含む");
        assertThat(words("マニュアル作成", "作成し配布した").proposal().grade()).isEqualTo("A");
    }

    @Test
    void atMostThePreviousYearIsMetByStayingLevelWhateverTheScale() {
        GradeScale strict = new GradeScale(BigDecimal.valueOf(110), BigDecimal.valueOf(90), BigDecimal.valueOf(60),
                GradeScale.RollUp.WORST);
        Evaluation level = indicator("件数").year(2023, null, "50件").year(2024, "前年度以下", "50件").evaluated(strict)
                .valueFor(2024).evaluation();
        assertThat(level.grade()).isEqualTo("A");
        Evaluation down = indicator("件数").year(2023, null, "50件").year(2024, "前年比減少", "49件").evaluated(strict)
                .valueFor(2024).evaluation();
        assertThat(down.grade()).as("50 ÷ 49 = 102.0%, below the strict A, but the target is met").isEqualTo("A");
    }

    @Test
    void targetsThatEndWhereTheyStartedAreNotARise() {
        Indicator k = indicator("件数").year(2022, "10件", "-").year(2023, "20件", "-").year(2024, "10件", "-").evaluated();
        assertThat(k.direction()).isEqualTo("increase");
        assertThat(k.directionReason()).isEqualTo("目標の推移が一定方向でない（10件 → 20件 → 10件）: 多いほど良いとみなす");
    }

    @Test
    void aRangeCountsFromItsLowerBoundForTheRunOfTargets() {
        Indicator k = indicator("反収").year(2022, "7~7.5俵", "-").year(2023, "8~8.5俵", "-").evaluated();
        assertThat(k.directionReason()).isEqualTo("目標が上がる（7俵 → 8俵）");
    }

    @Test
    void aWordInTheNameOfOneYearCountsForTheDirection() {
        Indicator k = new Indicator("指標①", null, null, null, List.of(
                new IndicatorValue(2023, "農作物被害額", Measure.of("100千円"), Measure.of("90千円")),
                new IndicatorValue(2024, null, Measure.of("120千円"), Measure.of("90千円"))));
        assertThat(DirectionRule.infer(k).direction()).isEqualTo(Direction.DECREASE);
        assertThat(DirectionRule.infer(k).reason()).isEqualTo("名称に「被害」（少ないほど良い）");
    }

    @Test
    void saysWhyAnIndicatorIsSingleYearOrCumulative() {
        assertThat(DirectionRule.infer(indicator("利用者数（年間）").year(2024, "10人", "-").stated()).cumulativeReason())
                .isEqualTo("名称に「年間」");
        assertThat(DirectionRule.infer(indicator("利用者数").year(2024, "10人", "-").stated()).cumulativeReason())
                .isEqualTo("「累計」の記載なし: 単年度とみなす");
        assertThat(DirectionRule.infer(indicator("登録者数（累計）").year(2024, "10人", "-").stated()).cumulativeReason())
                .isEqualTo("名称に「累計」");
    }

    @Test
    void gradesAndDirectionsHaveTheirWords() {
        assertThat(Grade.A.label()).isEqualTo("達成");
        assertThat(Grade.D.label()).isEqualTo("未達成");
        assertThat(Direction.DECREASE.japanese()).isEqualTo("減少");
        assertThat(Direction.of("減少")).isEqualTo(Direction.DECREASE);
        assertThat(Direction.of("Increase")).isEqualTo(Direction.INCREASE);
        assertThatThrownBy(() -> Direction.of("up"))
                .hasMessage("unknown direction \"up\": use increase, decrease, maintain or qualitative");
    }
}
