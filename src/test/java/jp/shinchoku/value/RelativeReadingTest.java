package jp.shinchoku.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jp.shinchoku.value.Reading.Relative;
import jp.shinchoku.value.Reading.Relative.Change;
import jp.shinchoku.value.Reading.Relative.Reference;
import org.junit.jupiter.api.Test;

/** Targets written against another year's actual read as relative targets, not as words. */
class RelativeReadingTest {

    private static Relative relative(String text) {
        Reading r = CellReader.read(text);
        assertThat(r).as(text).isInstanceOf(Relative.class);
        assertThat(r.kind()).isEqualTo("relative");
        return (Relative) r;
    }

    @Test
    void readsTheSeedsTargetOfAnIncreaseOnThePreviousYear() {
        assertThat(relative("前年比増加")).isEqualTo(new Relative("前年比増加", Reference.PREVIOUS_YEAR, Change.MORE, null));
    }

    @Test
    void readsABoundOnThePreviousYear() {
        assertThat(relative("前年度以上").change()).isEqualTo(Change.AT_LEAST);
        assertThat(relative("前年度実績以上").change()).isEqualTo(Change.AT_LEAST);
        assertThat(relative("前年度以下").change()).isEqualTo(Change.AT_MOST);
        assertThat(relative("前年度維持").change()).isEqualTo(Change.AT_LEAST);
        assertThat(relative("前年度を上回る").change()).isEqualTo(Change.MORE);
        assertThat(relative("前年度を下回る").change()).isEqualTo(Change.LESS);
    }

    @Test
    void readsAPercentageChangeFromThePreviousYearOrTheBaseline() {
        Relative up = relative("前年度比5%増");
        assertThat(up.reference()).isEqualTo(Reference.PREVIOUS_YEAR);
        assertThat(up.change()).isEqualTo(Change.MORE);
        assertThat(up.percent()).isEqualByComparingTo("5");
        Relative down = relative("基準年度比 10% 減");
        assertThat(down.reference()).isEqualTo(Reference.BASELINE);
        assertThat(down.change()).isEqualTo(Change.LESS);
        assertThat(down.percent()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(relative("前年度比２.５％以上増加").percent()).isEqualByComparingTo("2.5");
        assertThat(relative("基準値から削減").change()).isEqualTo(Change.LESS);
        assertThat(relative("前年度より低下").change()).isEqualTo(Change.LESS);
        assertThat(relative("前年比向上").change()).isEqualTo(Change.MORE);
    }

    @Test
    void saysWhichChangesAskForMoreAndWhichOnlyAChange() {
        assertThat(Change.MORE.upward()).isTrue();
        assertThat(Change.AT_LEAST.upward()).isTrue();
        assertThat(Change.LESS.upward()).isFalse();
        assertThat(Change.AT_MOST.upward()).isFalse();
        assertThat(Change.MORE.strict()).isTrue();
        assertThat(Change.LESS.strict()).isTrue();
        assertThat(Change.AT_LEAST.strict()).isFalse();
        assertThat(Change.AT_MOST.strict()).isFalse();
        assertThat(Reference.PREVIOUS_YEAR.words()).isEqualTo("前年度実績");
        assertThat(Reference.BASELINE.words()).isEqualTo("基準値");
    }

    @Test
    void leavesSentencesThatMentionThePreviousYearAsTheyWere() {
        assertThat(CellReader.read("800件 前年度実績に合わせて設定")).isInstanceOf(Reading.Quantity.class);
        assertThat(CellReader.read("前年度の課題を整理")).isInstanceOf(Reading.Qualitative.class);
        assertThat(CellReader.read("105分 (前年度に対し15分減)")).isInstanceOf(Reading.Quantity.class);
    }
}
