package jp.shinchoku.indicator;

import static jp.shinchoku.indicator.Cells.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import org.junit.jupiter.api.Test;

/** Grade boundaries, the rate formulas and the off-track rule, each on constructed cells. */
class GradeRulesTest {

    private static Evaluation rate(String target, String actual) {
        return indicator("件数").year(2024, target, actual).evaluation(2024);
    }

    @Test
    void eachThresholdBelongsToTheGradeItOpens() {
        assertThat(GradeScale.DEFAULT.grade(new BigDecimal("100.0"))).isEqualTo(Grade.A);
        assertThat(GradeScale.DEFAULT.grade(new BigDecimal("99.9"))).isEqualTo(Grade.B);
        assertThat(GradeScale.DEFAULT.grade(new BigDecimal("80.0"))).isEqualTo(Grade.B);
        assertThat(GradeScale.DEFAULT.grade(new BigDecimal("79.9"))).isEqualTo(Grade.C);
        assertThat(GradeScale.DEFAULT.grade(new BigDecimal("50.0"))).isEqualTo(Grade.C);
        assertThat(GradeScale.DEFAULT.grade(new BigDecimal("49.9"))).isEqualTo(Grade.D);
        assertThat(GradeScale.DEFAULT.grade(BigDecimal.ZERO)).isEqualTo(Grade.D);
    }

    @Test
    void ratesExactlyOnAThresholdTakeTheHigherGrade() {
        assertThat(rate("200件", "200件").grade()).isEqualTo("A");
        assertThat(rate("200件", "199件").grade()).as("99.5%").isEqualTo("B");
        assertThat(rate("200件", "160件").grade()).as("80.0%").isEqualTo("B");
        assertThat(rate("200件", "159件").grade()).as("79.5%").isEqualTo("C");
        assertThat(rate("200件", "100件").grade()).as("50.0%").isEqualTo("C");
        assertThat(rate("200件", "99件").grade()).as("49.5%").isEqualTo("D");
    }

    @Test
    void aRateIsRoundedToOneDecimalBeforeItIsGraded() {
        Evaluation e = rate("3件", "2件");
        assertThat(e.rate()).isEqualByComparingTo("66.7");
        assertThat(rate("1,000件", "999.5件").rate()).as("99.95 rounds up to 100.0").isEqualByComparingTo("100.0");
        assertThat(rate("1,000件", "999.5件").grade()).isEqualTo("A");
    }

    @Test
    void aScaleMustHaveItsThresholdsInOrder() {
        assertThatThrownBy(() -> new GradeScale(BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(50),
                GradeScale.RollUp.WORST)).hasMessage("thresholds must satisfy A ≥ B ≥ C ≥ 0, got A 80, B 90, C 50");
        assertThatThrownBy(() -> new GradeScale(BigDecimal.valueOf(100), BigDecimal.valueOf(40), BigDecimal.valueOf(50),
                GradeScale.RollUp.WORST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeScale(BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(-1),
                GradeScale.RollUp.WORST)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new GradeScale(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, GradeScale.RollUp.WORST)
                .grade(BigDecimal.ZERO)).isEqualTo(Grade.A);
    }

    @Test
    void aRollUpRuleIsNamedInEitherCase() {
        assertThat(GradeScale.RollUp.of("average")).isEqualTo(GradeScale.RollUp.AVERAGE);
        assertThat(GradeScale.RollUp.of("WORST")).isEqualTo(GradeScale.RollUp.WORST);
        assertThatThrownBy(() -> GradeScale.RollUp.of("best")).hasMessage("unknown roll-up \"best\": use worst or average");
    }

    @Test
    void gradesCompareFromAToD() {
        assertThat(Grade.worse(Grade.A, Grade.C)).isEqualTo(Grade.C);
        assertThat(Grade.worse(Grade.D, Grade.B)).isEqualTo(Grade.D);
        assertThat(Grade.worse(Grade.B, Grade.B)).isEqualTo(Grade.B);
        assertThat(Grade.worse(null, Grade.B)).isEqualTo(Grade.B);
        assertThat(Grade.worse(Grade.B, null)).isEqualTo(Grade.B);
        assertThat(Grade.labelOf(null)).isEqualTo("—");
        assertThat(Grade.labelOf(Grade.C)).isEqualTo("一部達成");
    }

    @Test
    void aDecreaseWithoutABaselineIsTargetOverActualAndZeroIsAchieved() {
        Evaluation e = indicator("事故件数").year(2024, "10件", "8件").evaluation(2024);
        assertThat(e.rate()).isEqualByComparingTo("125.0");
        assertThat(e.basis()).isEqualTo("目標 10件 ÷ 実績 8件 = 125.0%（少ないほど良い）");
        Evaluation none = indicator("事故件数").year(2024, "10件", "0件").evaluation(2024);
        assertThat(none.grade()).isEqualTo("A");
        assertThat(none.status()).isEqualTo("achieved");
        assertThat(none.basis()).isEqualTo("実績 0件（目標 10件 以下）");
    }

    @Test
    void aDecreaseWithABaselineEqualToTheTargetFallsBackToTargetOverActual() {
        Evaluation e = indicator("事故件数").baseline(2023, "10件").year(2024, "10件", "20件").evaluation(2024);
        assertThat(e.basis()).isEqualTo("目標 10件 ÷ 実績 20件 = 50.0%（少ないほど良い）");
    }

    @Test
    void aZeroTargetForAnIncreaseIsMetByAnyActualThatIsNotBelowIt() {
        Evaluation e = indicator("件数").year(2024, "0件", "0件").evaluation(2024);
        assertThat(e.grade()).isEqualTo("A");
        assertThat(e.basis()).isEqualTo("目標 0件 に対し実績 0件");
    }

    @Test
    void theThreeYearDecreaseRuleNeedsThreeFallingTargets() {
        assertThat(indicator("作業時間").year(2022, "95,000時間", "-").year(2023, "90,300時間", "-")
                .year(2024, "85,800時間", "-").evaluated().direction()).isEqualTo("decrease");
        assertThat(indicator("作業時間").year(2023, "95,000時間", "-").year(2024, "90,300時間", "-").evaluated().direction())
                .as("two falling targets are not enough").isEqualTo("increase");
        assertThat(indicator("作業時間").year(2022, "95時間", "-").year(2023, "90時間", "-").year(2024, "90時間", "-")
                .evaluated().direction()).as("a level step breaks the fall").isEqualTo("increase");
    }

    @Test
    void aDecreaseIsOffTrackAboveTheStraightPathFromItsBaseline() {
        Indicator late = indicator("時間外勤務時間").baseline(2022, "100時間").year(2024, "80時間", "85時間")
                .year(2025, "70時間", null).evaluated();
        assertThat(late.offTrack()).isTrue();
        assertThat(late.offTrackReason()).isEqualTo("令和6年度の実績 85時間 が、令和4年度 100時間 から 令和7年度 目標 70時間 への線上の値"
                + " 80時間 を上回る（遅れ）");
        Indicator onTime = indicator("時間外勤務時間").baseline(2022, "100時間").year(2024, "80時間", "80時間")
                .year(2025, "70時間", null).evaluated();
        assertThat(onTime.offTrack()).isFalse();
        assertThat(onTime.offTrackReason()).endsWith("への線上の値 80時間 以下（順調）");
    }

    @Test
    void anIncreaseFromABaselineIsOnTrackOnOrAboveThePath() {
        Indicator k = indicator("受講率").baseline(2022, "50%").year(2024, "70%", "70%").year(2025, "80%", null).evaluated();
        assertThat(k.offTrack()).isFalse();
        assertThat(k.offTrackReason()).isEqualTo("令和6年度の実績 70% が、令和4年度 50% から 令和7年度 目標 80% への線上の値 70% 以上（順調）");
        Indicator behind = indicator("受講率").baseline(2022, "50%").year(2024, "70%", "69%").year(2025, "80%", null).evaluated();
        assertThat(behind.offTrack()).isTrue();
        assertThat(behind.offTrackReason()).endsWith("に届かない（遅れ）");
    }

    @Test
    void withoutABaselineThePathStartsAtTheFirstTarget() {
        Indicator k = indicator("利用金額").year(2022, "30,000千円", "40,529千円").year(2023, "35,000千円", "62,588千円")
                .year(2024, "60,000千円", "33,474千円").year(2025, "60,000千円", null).evaluated();
        assertThat(k.offTrackReason()).isEqualTo("令和6年度の実績 33,474千円 が、令和4年度 30,000千円 から 令和7年度 目標"
                + " 60,000千円 への線上の値 50,000千円 に届かない（遅れ）");
    }

    @Test
    void offTrackIsNotToldWhereThereIsNoPathOrNothingToCompare() {
        assertThat(indicator("件数").year(2025, "10件", null).year(2024, null, "3件").evaluated().offTrack())
                .as("one target whose year has not come").isNull();
        assertThat(indicator("取組").year(2024, "実施", "実施").evaluated().offTrack()).isNull();
        assertThat(indicator("件数").year(2024, "10件", "3回").evaluated().offTrack()).isNull();
        assertThat(indicator("件数").year(2024, "10件", null).evaluated().offTrack()).isNull();
        assertThat(indicator("件数").year(2024, "10件", "12件").evaluated().offTrack()).isFalse();
    }

    @Test
    void aMultiSeriesIndicatorIsJudgedOnItsFirstSeries() {
        Indicator k = indicator("図書標準").year(2023, "小 25% 中 10%", "小 30% 中 0%").year(2024, "小 33% 中 25%", null).evaluated();
        assertThat(k.offTrack()).isFalse();
    }
}
