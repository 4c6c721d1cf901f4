package jp.shinchoku.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void readsANumberWithThousandsSeparatorsAndItsUnit() {
        Measure m = Measure.of("30,000千円");
        assertThat(m.text()).isEqualTo("30,000千円");
        assertThat(m.number()).isEqualByComparingTo("30000");
        assertThat(m.unit()).isEqualTo("千円");
    }

    @Test
    void readsFullWidthDigitsAndDecimals() {
        assertThat(Measure.of("７２．４％").number()).isEqualByComparingTo("72.4");
        assertThat(Measure.of("７２．４％").unit()).isEqualTo("%");
        assertThat(Measure.of("1,154.3時間").number()).isEqualByComparingTo("1154.3");
    }

    @Test
    void keepsTheWrittenScaleOfADecimal() {
        assertThat(Measure.of("44.60%").number()).isEqualTo(new BigDecimal("44.60"));
    }

    @Test
    void readsTheMainValueBeforeAParentheticalOrANote() {
        assertThat(Measure.of("20件(379件)").number()).isEqualByComparingTo("20");
        assertThat(Measure.of("72.4%（156.5所属受講（2研修の平均）／216所属）").number()).isEqualByComparingTo("72.4");
        assertThat(Measure.of("1,607件 ※児童手当の制度改正による 申請数増加の影響大").unit()).isEqualTo("件");
    }

    @Test
    void readsUnitsWrittenInLatinLetters() {
        assertThat(Measure.of("40ha").number()).isEqualByComparingTo("40");
        assertThat(Measure.of("40ha").unit()).isEqualTo("ha");
        assertThat(Measure.of("110kL").number()).isEqualByComparingTo("110");
    }

    @Test
    void readsAUnitFollowedByAComparator() {
        Measure m = Measure.of("1,000時間以上");
        assertThat(m.number()).isEqualByComparingTo("1000");
        assertThat(m.unit()).isEqualTo("時間");
    }

    @Test
    void leavesCellsWithSeveralNumbersOrNoneUnparsed() {
        assertThat(Measure.of("小 8.9% 中 12.8%").hasNumber()).isFalse();
        assertThat(Measure.of("1,130回/0.154/0").hasNumber()).isFalse();
        assertThat(Measure.of("整備完了").hasNumber()).isFalse();
        assertThat(Measure.of("-").hasNumber()).isFalse();
        assertThat(Measure.of("_").text()).isEqualTo("_");
    }

    @Test
    void ignoresEraYearsWrittenWithALetter() {
        assertThat(Measure.of("R7年度当初予算にて予算 化").hasNumber()).isFalse();
    }

    @Test
    void doesNotTakeAYearOfTheJapaneseEraForAQuantity() {
        assertThat(Measure.of("- アンケートフォーム設置が 令和6年度からのため").hasNumber()).isFalse();
        assertThat(Measure.of("令和5年度 実績 40件").number()).isEqualByComparingTo("40");
    }

    @Test
    void aNullTextIsNoMeasure() {
        assertThat(Measure.of(null)).isNull();
    }
}
