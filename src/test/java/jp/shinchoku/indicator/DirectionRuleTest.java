package jp.shinchoku.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Measure;
import org.junit.jupiter.api.Test;

class DirectionRuleTest {

    static Indicator indicator(String name, String... targets) {
        List<IndicatorValue> values = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            values.add(new IndicatorValue(2022 + i, null, Measure.of(targets[i]), null));
        }
        return new Indicator("成果目標①", name, null, null, values);
    }

    @Test
    void aFloorInTheTargetsMeansMoreIsBetter() {
        DirectionRule.Inferred d = DirectionRule.infer(indicator("利用者の満足度", "50%", "80%以上", "90%以上"));
        assertThat(d.direction()).isEqualTo(Direction.INCREASE);
        assertThat(d.reason()).isEqualTo("目標に「以上」");
    }

    @Test
    void aCeilingInTheTargetsMeansLessIsBetter() {
        assertThat(DirectionRule.infer(indicator("市内児童生徒の不読率", "小 8.9% 中 12.8%", "小 5%未満 中 10%未満")).direction())
                .isEqualTo(Direction.DECREASE);
    }

    @Test
    void wordsInTheNameThatMeanHarmMeanLessIsBetter() {
        DirectionRule.Inferred d = DirectionRule.infer(indicator("有害鳥獣による 農作物被害額", "15,900千円", "13,000千円",
                "12,000千円", "12,000千円"));
        assertThat(d.direction()).isEqualTo(Direction.DECREASE);
        assertThat(d.reason()).contains("被害");
        assertThat(DirectionRule.infer(indicator("コピー紙の配布枚数", "11,000枚", "6,000枚")).direction())
                .isEqualTo(Direction.DECREASE);
    }

    @Test
    void hoursSavedAreMoreIsBetterThoughTheNameSaysReduction() {
        assertThat(DirectionRule.infer(indicator("AI-OCR・RPA による業務削減時間", "800時間", "900時間")).direction())
                .isEqualTo(Direction.INCREASE);
    }

    @Test
    void targetsThatFallEveryYearMeanLessIsBetter() {
        DirectionRule.Inferred d = DirectionRule.infer(indicator("指標①", "95,000時間", "90,300時間", "85,800時間"));
        assertThat(d.direction()).isEqualTo(Direction.DECREASE);
        assertThat(d.reason()).isEqualTo("目標が毎年下がる（95,000時間 → 90,300時間 → 85,800時間）");
    }

    @Test
    void targetsThatDipOnceDoNotMakeAnIndicatorLessIsBetter() {
        assertThat(DirectionRule.infer(indicator("アプリ新規登録者数", "1,500人", "1,100人", "1,100人")).direction())
                .isEqualTo(Direction.INCREASE);
    }

    @Test
    void steadyTargetsMeanKeepTheLevel() {
        assertThat(DirectionRule.infer(indicator("既読者数", "50%", "50%", "50%")).direction()).isEqualTo(Direction.MAINTAIN);
    }

    @Test
    void targetsInWordsAreQualitative() {
        assertThat(DirectionRule.infer(indicator("ガバナンス体制", "構築", "運用")).direction()).isEqualTo(Direction.QUALITATIVE);
    }

    @Test
    void tellsCumulativeFromSingleYearIndicators() {
        DirectionRule.Inferred cumulative = DirectionRule.infer(indicator("公開オープンデータ数 (累計)", "11件", "15件"));
        assertThat(cumulative.cumulative()).isTrue();
        assertThat(cumulative.cumulativeReason()).contains("累計");
        DirectionRule.Inferred single = DirectionRule.infer(indicator("らづポイント付与件数 (単年度)", "1,250件", "1,330件"));
        assertThat(single.cumulative()).isFalse();
        assertThat(single.cumulativeReason()).contains("単年度");
    }
}
