package jp.shinchoku.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void readsReiwaYearsInEveryWayTheSeedsWriteThem() {
        assertThat(FiscalYear.parse("R4").year()).isEqualTo(2022);
        assertThat(FiscalYear.parse("R6年度").year()).isEqualTo(2024);
        assertThat(FiscalYear.parse("令和5年度").year()).isEqualTo(2023);
        assertThat(FiscalYear.parse("令和元年度").year()).isEqualTo(2019);
        assertThat(FiscalYear.parse("【現状】R3年度：72.4%").year()).isEqualTo(2021);
        assertThat(FiscalYear.parse("令和６年度").year()).isEqualTo(2024);
    }

    @Test
    void readsHeiseiAndWesternYears() {
        assertThat(FiscalYear.parse("平成31年度").year()).isEqualTo(2019);
        assertThat(FiscalYear.parse("平成27年").year()).isEqualTo(2015);
        assertThat(FiscalYear.parse("2023年度").year()).isEqualTo(2023);
    }

    @Test
    void findsNothingInTextWithoutAYear() {
        assertThat(FiscalYear.find("-")).isEmpty();
        assertThat(FiscalYear.find(null)).isEmpty();
        assertThatThrownBy(() -> FiscalYear.parse("整備完了")).hasMessageContaining("整備完了");
    }

    @Test
    void labelsAYearBothWays() {
        assertThat(FiscalYear.of(2023).label()).isEqualTo("令和5年度 (2023)");
        assertThat(FiscalYear.of(2019).japanese()).isEqualTo("令和元年度");
        assertThat(FiscalYear.of(2018).japanese()).isEqualTo("平成30年度");
    }

    @Test
    void writesAPlansYearsAsARangeBothWays() {
        assertThat(FiscalYear.range(java.util.List.of(2021, 2022, 2023, 2024))).isEqualTo("令和3年度 (2021) – 令和6年度 (2024)");
        assertThat(FiscalYear.range(java.util.List.of(2022))).isEqualTo("令和4年度 (2022)");
        assertThat(FiscalYear.range(java.util.List.of())).isEmpty();
    }

    @Test
    void aFiscalYearRunsFromAprilToMarch() {
        assertThat(FiscalYear.containing(LocalDate.of(2023, 3, 31)).year()).isEqualTo(2022);
        assertThat(FiscalYear.containing(LocalDate.of(2023, 4, 1)).year()).isEqualTo(2023);
        assertThat(FiscalYear.of(2022).lastDay()).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void aHeadingNamesItsYearInEveryWayGovernmentTablesWriteIt() {
        assertThat(FiscalYear.findInHeading("平成27年度")).contains(FiscalYear.of(2015));
        assertThat(FiscalYear.findInHeading("H27")).contains(FiscalYear.of(2015));
        assertThat(FiscalYear.findInHeading("H27年度")).contains(FiscalYear.of(2015));
        assertThat(FiscalYear.findInHeading("令和5年度")).contains(FiscalYear.of(2023));
        assertThat(FiscalYear.findInHeading("R5")).contains(FiscalYear.of(2023));
        assertThat(FiscalYear.findInHeading("2023年度")).contains(FiscalYear.of(2023));
        assertThat(FiscalYear.findInHeading("2023")).contains(FiscalYear.of(2023));
        assertThat(FiscalYear.findInHeading("２０２３（R5）実績")).contains(FiscalYear.of(2023));
    }

    @Test
    void aDateInAHeadingFallsInTheFiscalYearThatContainsIt() {
        assertThat(FiscalYear.findInHeading("平成15年9月30日現在")).contains(FiscalYear.of(2003));
        assertThat(FiscalYear.findInHeading("平成16年3月31日現在")).contains(FiscalYear.of(2003));
        assertThat(FiscalYear.findInHeading("2024年3月末")).contains(FiscalYear.of(2023));
        assertThat(FiscalYear.findInHeading("R6.3.31")).contains(FiscalYear.of(2023));
    }

    @Test
    void aHeadingWithoutAYearNamesNone() {
        assertThat(FiscalYear.findInHeading("目標値")).isEmpty();
        assertThat(FiscalYear.findInHeading("No.12345")).isEmpty();
        assertThat(FiscalYear.findInHeading(null)).isEmpty();
    }
}
