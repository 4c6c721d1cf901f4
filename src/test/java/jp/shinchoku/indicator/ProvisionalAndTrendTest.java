package jp.shinchoku.indicator;

import static jp.shinchoku.indicator.Cells.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Evaluation.Trend;
import org.junit.jupiter.api.Test;

/** Projections marked as such, and each year's movement from the previous one, on constructed cells. */
class ProvisionalAndTrendTest {

    @Test
    void aProjectedActualIsRatedAndMarkedProvisional() {
        Evaluation e = indicator("申請件数").year(2024, "100件", "120件（見込）").evaluation(2024);
        assertThat(e.rate()).isEqualByComparingTo("120.0");
        assertThat(e.grade()).isEqualTo("A");
        assertThat(e.projected()).isTrue();
        assertThat(e.provisional()).isTrue();
        assertThat(e.basis()).isEqualTo("実績 120件 ÷ 目標 100件 = 120.0%（見込: 実績に「見込」、確定値ではない）");
    }

    @Test
    void aFinalActualIsNotProvisional() {
        Evaluation e = indicator("申請件数").year(2024, "100件", "120件").evaluation(2024);
        assertThat(e.projected()).isFalse();
        assertThat(e.provisional()).as("written only where it applies").isNull();
    }

    @Test
    void aProjectionInWordsIsProvisionalToo() {
        Evaluation e = indicator("システム").year(2024, "システム導入", "年度内に導入完了見込み").evaluation(2024);
        assertThat(e.grade()).isEqualTo("A");
        assertThat(e.projected()).isTrue();
        assertThat(e.basis()).isEqualTo("実績に「完了」と記載（見込: 実績に「見込み」、確定値ではない）");
        assertThat(indicator("システム").year(2024, "運用開始", "検討中（完了見込みなし）").evaluation(2024).projected())
                .as("a negated projection is no projection").isFalse();
    }

    private static Trend trend(Cells cells) {
        return cells.evaluation(2024).trend();
    }

    @Test
    void eachRatedYearShowsItsMovementFromThePreviousYear() {
        assertThat(trend(indicator("利用件数").year(2023, "90件", "100件").year(2024, "110件", "120件")))
                .isEqualTo(new Trend("improved", "改善", "令和5年度 → 令和6年度: 100件 → 120件", null));
        assertThat(trend(indicator("利用件数").year(2023, "90件", "100件").year(2024, "110件", "100件")))
                .isEqualTo(new Trend("unchanged", "横ばい", "令和5年度 → 令和6年度: 100件 → 100件", null));
        assertThat(trend(indicator("利用件数").year(2023, "90件", "100件").year(2024, "110件", "99.5件")).label())
                .isEqualTo("悪化");
    }

    @Test
    void aDecreaseWithoutABaselineThatWorsensIsFlagged() {
        Trend t = trend(indicator("農作物被害額").year(2023, "13,000千円", "13,759千円").year(2024, "12,000千円", "14,000千円"));
        assertThat(t.movement()).isEqualTo("worsened");
        assertThat(t.basis()).isEqualTo("令和5年度 → 令和6年度: 13,759千円 → 14,000千円（少ないほど良い）");
        assertThat(t.warning()).isEqualTo("減らす指標が前年度より悪化: 基準値がなく達成率は 目標 ÷ 実績 のため、評価は悪化を映さない");
        Trend better = trend(indicator("農作物被害額").year(2023, "13,000千円", "13,759千円").year(2024, "12,000千円", "13,179千円"));
        assertThat(better.label()).isEqualTo("改善");
        assertThat(better.warning()).isNull();
    }

    @Test
    void aDecreaseWithABaselineThatWorsensIsNotFlaggedSinceItsRateShowsIt() {
        Trend t = trend(indicator("時間外勤務時間").baseline(2021, "100時間").year(2023, "90時間", "85時間")
                .year(2024, "80時間", "95時間"));
        assertThat(t.label()).isEqualTo("悪化");
        assertThat(t.warning()).isNull();
    }

    @Test
    void anIncreaseThatWorsensIsNotFlagged() {
        assertThat(trend(indicator("利用件数").year(2023, "90件", "100件").year(2024, "110件", "50件")).warning()).isNull();
    }

    @Test
    void theBaselineOfThePreviousYearStandsForItsActual() {
        assertThat(trend(indicator("受講率").baseline(2023, "72.4%").year(2024, "80%", "75%")))
                .isEqualTo(new Trend("improved", "改善", "令和5年度 → 令和6年度: 72.4% → 75%", null));
        assertThat(trend(indicator("受講率").baseline(2022, "72.4%").year(2024, "80%", "75%")))
                .as("a baseline two years back is not the previous year").isNull();
    }

    @Test
    void aSeriesMovesAsItsWorstPart() {
        Cells both = indicator("不読率").year(2023, "小 8.9% 中 12.8%", "小 10.9% 中 14.8%")
                .year(2024, "小 7.9% 中 11.8%", "小 11.7% 中 15.2%");
        assertThat(trend(both).basis()).isEqualTo("令和5年度 → 令和6年度: 小 10.9% → 11.7%、中 14.8% → 15.2%（少ないほど良い）");
        assertThat(trend(both).label()).isEqualTo("悪化");
        Cells mixed = indicator("不読率").year(2023, "小 8.9% 中 12.8%", "小 10.9% 中 14.8%")
                .year(2024, "小 7.9% 中 11.8%", "小 9.0% 中 15.2%");
        assertThat(trend(mixed).label()).isEqualTo("悪化");
        Cells better = indicator("不読率").year(2023, "小 8.9% 中 12.8%", "小 10.9% 中 14.8%")
                .year(2024, "小 7.9% 中 11.8%", "小 9.0% 中 14.8%");
        assertThat(trend(better).label()).isEqualTo("改善");
    }

    @Test
    void noTrendWithoutAPreviousActualOrAComparableOne() {
        assertThat(trend(indicator("利用件数").year(2024, "110件", "120件"))).isNull();
        assertThat(trend(indicator("利用件数").year(2023, "90件", "-").year(2024, "110件", "120件"))).isNull();
        assertThat(trend(indicator("利用件数").year(2023, "90件", "100件").year(2024, "110回", "120回"))).isNull();
        assertThat(trend(indicator("利用件数").year(2022, "90件", "100件").year(2024, "110件", "120件"))).isNull();
        assertThat(trend(indicator("取組").year(2023, "実施", "実施").year(2024, "実施", "実施"))).isNull();
        assertThat(trend(indicator("取組").year(2023, "実施", "未実施").year(2024, "10件", "12件"))).isNull();
    }
}
