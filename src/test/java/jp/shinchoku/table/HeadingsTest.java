package jp.shinchoku.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingsTest {

    private static Headings.Meaning meaning(String header) {
        return Headings.meaning(header).orElseThrow(() -> new AssertionError("not understood: " + header));
    }

    @Test
    void aYearColumnIsKnownInEveryWayGovernmentsWriteIt() {
        assertThat(meaning("平成27年度").fiscalYear()).isEqualTo(2015);
        assertThat(meaning("H27").fiscalYear()).isEqualTo(2015);
        assertThat(meaning("H27年度").fiscalYear()).isEqualTo(2015);
        assertThat(meaning("令和5年度").fiscalYear()).isEqualTo(2023);
        assertThat(meaning("R5").fiscalYear()).isEqualTo(2023);
        assertThat(meaning("2023年度").fiscalYear()).isEqualTo(2023);
        assertThat(meaning("2023").fiscalYear()).isEqualTo(2023);
        assertThat(meaning("平成15年9月30日現在").fiscalYear()).isEqualTo(2003);
        assertThat(meaning("5ヵ年目標").periodEnd()).isTrue();
    }

    @Test
    void whatAYearColumnHoldsIsReadFromItsWords() {
        assertThat(meaning("R4目標").kind()).isEqualTo(Kind.TARGET);
        assertThat(meaning("目標値").kind()).isEqualTo(Kind.TARGET);
        assertThat(meaning("計画値").kind()).isEqualTo(Kind.TARGET);
        assertThat(meaning("期待値").kind()).isEqualTo(Kind.TARGET);
        assertThat(meaning("R4実績").kind()).isEqualTo(Kind.ACTUAL);
        assertThat(meaning("実績値").kind()).isEqualTo(Kind.ACTUAL);
        assertThat(meaning("現状値(R3)").kind()).isEqualTo(Kind.ACTUAL);
        assertThat(meaning("基準値").kind()).isEqualTo(Kind.BASELINE);
        assertThat(meaning("従前値").kind()).isEqualTo(Kind.BASELINE);
        assertThat(meaning("令和4年度\n目標").kind()).isEqualTo(Kind.TARGET);
    }

    @Test
    void ratesGradesAndForecastsAreReadButNotKept() {
        assertThat(meaning("達成率").role()).isEqualTo(Role.IGNORE);
        assertThat(meaning("評価").role()).isEqualTo(Role.IGNORE);
        assertThat(meaning("R5見込").role()).isEqualTo(Role.IGNORE);
    }

    @Test
    void indicatorLevelDepartmentAndTextColumnsAreKnownByTheirHeaders() {
        assertThat(meaning("指標名称(単位)").role()).isEqualTo(Role.INDICATOR);
        assertThat(meaning("成果指標").role()).isEqualTo(Role.INDICATOR);
        assertThat(meaning("KPI").role()).isEqualTo(Role.INDICATOR);
        assertThat(meaning("評価指標").role()).isEqualTo(Role.INDICATOR);
        assertThat(meaning("基本目標").role()).isEqualTo(Role.SECTION);
        assertThat(meaning("施策").role()).isEqualTo(Role.SECTION);
        assertThat(meaning("事業名").role()).isEqualTo(Role.SECTION);
        assertThat(meaning("取組項目").role()).isEqualTo(Role.SECTION);
        assertThat(meaning("担当課").role()).isEqualTo(Role.DEPARTMENT);
        assertThat(meaning("所管課").role()).isEqualTo(Role.DEPARTMENT);
        assertThat(meaning("課名").role()).isEqualTo(Role.DEPARTMENT);
        assertThat(meaning("関係課").role()).isEqualTo(Role.RELATED_DEPARTMENT);
        assertThat(meaning("施策番号").role()).isEqualTo(Role.CODE);
        assertThat(meaning("目標設定の考え方").role()).isEqualTo(Role.TEXT);
        assertThat(meaning("出典").role()).isEqualTo(Role.TEXT);
        assertThat(Headings.meaning("補正値")).isEmpty();
    }

    @Test
    void aRowLabelledWithAKindWordIsToldFromAName() {
        assertThat(Headings.isKindWord("目標値")).isTrue();
        assertThat(Headings.isKindWord("実績")).isTrue();
        assertThat(Headings.isKindWord("移住相談件数")).isFalse();
        assertThat(Headings.isKindWord("目標達成に向けた取組")).isFalse();
    }
}
