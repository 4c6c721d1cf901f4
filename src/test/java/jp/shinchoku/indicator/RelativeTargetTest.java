package jp.shinchoku.indicator;

import static jp.shinchoku.indicator.Cells.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import org.junit.jupiter.api.Test;

/** Targets relative to another year, with constructed cells; rates worked out by hand. */
class RelativeTargetTest {

    private static Evaluation against(String previous, String target, String actual) {
        return indicator("利用件数").year(2023, null, previous).year(2024, target, actual).evaluation(2024);
    }

    private static void rated(Evaluation e, String rate, String grade, String basis) {
        if (rate == null) {
            assertThat(e.rate()).isNull();
        } else {
            assertThat(e.rate()).isEqualByComparingTo(rate);
        }
        assertThat(e.grade()).isEqualTo(grade);
        assertThat(e.status()).isEqualTo("rated");
        assertThat(e.basis()).isEqualTo(basis);
    }

    @Test
    void anIncreaseOnThePreviousYearIsMetByAnyRise() {
        rated(against("100件", "前年比増加", "110件"), "110.0", "A",
                "実績 110件 ÷ 前年度実績 100件 = 110.0%（目標「前年比増加」を満たす）");
        rated(against("100件", "前年比増加", "101件"), "101.0", "A",
                "実績 101件 ÷ 前年度実績 100件 = 101.0%（目標「前年比増加」を満たす）");
    }

    @Test
    void anIncreaseNotMadeIsAtMostB() {
        rated(against("100件", "前年比増加", "100件"), "100.0", "B",
                "実績 100件 ÷ 前年度実績 100件 = 100.0%（目標「前年比増加」を満たさない: 増加していないため B 以下）");
        assertThat(against("100件", "前年比増加", "95件").grade()).isEqualTo("B");
        assertThat(against("100件", "前年比増加", "60件").grade()).as("60.0% is C, lower than B").isEqualTo("C");
        assertThat(against("100件", "前年比増加", "40件").grade()).isEqualTo("D");
    }

    @Test
    void anAnyRiseMeetsTheTargetWhateverTheScaleAsksOfARate() {
        GradeScale strict = new GradeScale(BigDecimal.valueOf(110), BigDecimal.valueOf(90), BigDecimal.valueOf(60),
                GradeScale.RollUp.WORST);
        Evaluation e = indicator("利用件数").year(2023, null, "100件").year(2024, "前年比増加", "101件")
                .evaluated(strict).valueFor(2024).evaluation();
        assertThat(e.grade()).isEqualTo("A");
    }

    @Test
    void atLeastThePreviousYearIsMetByStayingLevel() {
        rated(against("100件", "前年度以上", "100件"), "100.0", "A",
                "実績 100件 ÷ 前年度実績 100件 = 100.0%（目標「前年度以上」を満たす）");
        rated(against("100件", "前年度以上", "95件"), "95.0", "B",
                "実績 95件 ÷ 前年度実績 100件 = 95.0%（目標「前年度以上」を満たさない）");
    }

    @Test
    void aPercentageOnThePreviousYearMakesTheTarget() {
        rated(against("200件", "前年度比5%増", "189件"), "90.0", "B",
                "目標「前年度比5%増」 = 前年度実績 200件 × 1.05 = 210件: 実績 189件 ÷ 目標 210件 = 90.0%");
    }

    @Test
    void aPercentageCutFromTheBaselineCountsTheDistanceToGo() {
        Evaluation e = indicator("時間外勤務時間").baseline(2022, "1,000時間").year(2024, "基準年度比10%減", "950時間")
                .evaluation(2024);
        rated(e, "50.0", "C", "目標「基準年度比10%減」 = 基準値 1,000時間 × 0.9 = 900時間: (基準値 1,000時間 − 実績 950時間)"
                + " ÷ (基準値 1,000時間 − 目標 900時間) = 50.0%");
    }

    @Test
    void aDecreaseOnThePreviousYearIsMetByAnyFall() {
        rated(against("50件", "前年比減少", "40件"), "125.0", "A",
                "前年度実績 50件 ÷ 実績 40件 = 125.0%（目標「前年比減少」を満たす）");
        rated(against("50件", "前年比減少", "50件"), "100.0", "B",
                "前年度実績 50件 ÷ 実績 50件 = 100.0%（目標「前年比減少」を満たさない: 減少していないため B 以下）");
        assertThat(against("50件", "前年度以下", "50件").grade()).isEqualTo("A");
        assertThat(against("50件", "前年度以下", "100件").grade()).as("50 ÷ 100 = 50.0%").isEqualTo("C");
    }

    @Test
    void aZeroOnEitherSideIsComparedWithoutARate() {
        rated(against("0件", "前年比増加", "2件"), null, "A", "前年度実績 0件、実績 2件（目標「前年比増加」を満たす）");
        rated(against("0件", "前年比増加", "0件"), null, "D", "前年度実績 0件、実績 0件（目標「前年比増加」を満たさない）");
        rated(against("3件", "前年比減少", "0件"), null, "A", "前年度実績 3件、実績 0件（目標「前年比減少」を満たす）");
    }

    @Test
    void withoutTheYearItNamesTheTargetCannotBeCompared() {
        Evaluation e = indicator("利用件数").year(2024, "前年比増加", "110件").evaluation(2024);
        assertThat(e.status()).isEqualTo("not-comparable");
        assertThat(e.grade()).isNull();
        assertThat(e.basis()).isEqualTo("目標「前年比増加」の比較先の前年度実績が数値でないため比較できない: 担当者の判断を shinchoku judge で記録");
        assertThat(against("実施", "前年比増加", "110件").status()).isEqualTo("not-comparable");
        assertThat(indicator("x").year(2024, "基準年度比5%増", "10件").evaluation(2024).basis()).contains("比較先の基準値が数値でない");
    }

    @Test
    void valuesInAnotherUnitThanThePreviousYearAreNotCompared() {
        Evaluation e = against("100件", "前年比増加", "3回");
        assertThat(e.status()).isEqualTo("not-comparable");
        assertThat(e.basis()).startsWith("単位が異なるため比較できない（前年度実績 100件、実績 3回）");
    }

    @Test
    void eachSeriesIsComparedWithTheSameSeriesOfThePreviousYear() {
        Evaluation e = indicator("貸出冊数").year(2023, null, "小 23.7冊 中 2.9冊").year(2024, "前年比増加", "中 3.0冊 小 20冊")
                .evaluation(2024);
        assertThat(e.grade()).isEqualTo("B");
        assertThat(e.series()).extracting(s -> s.label() + " " + s.rate() + " " + s.grade())
                .containsExactly("中 103.4 A", "小 84.4 B");
    }

    @Test
    void aRelativeTargetSaysWhichWayTheIndicatorShouldMove() {
        Indicator up = indicator("貸出冊数").year(2023, "前年比増加", "2冊").year(2024, "前年比増加", "3冊").evaluated();
        assertThat(up.direction()).isEqualTo("increase");
        assertThat(up.directionReason()).isEqualTo("目標に「前年比増加」");
        Indicator down = indicator("事務時間").year(2024, "前年度比10%減", "3時間").evaluated();
        assertThat(down.direction()).isEqualTo("decrease");
        assertThat(indicator("取組").year(2024, "実施", "実施").evaluated().direction()).isEqualTo("qualitative");
    }
}
