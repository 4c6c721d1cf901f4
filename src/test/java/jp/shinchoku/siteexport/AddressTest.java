package jp.shinchoku.siteexport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTest {

    @Test
    void aPageBecomesADirectoryWithAnIndex() {
        assertThat(Address.of("/").file()).isEqualTo("index.html");
        assertThat(Address.of("/plans/4").file()).isEqualTo("plans/4/index.html");
        assertThat(Address.of("/plans/4/").file()).isEqualTo("plans/4/index.html");
        assertThat(Address.of("/plans/4/initiatives/01-16").file()).isEqualTo("plans/4/initiatives/01-16/index.html");
    }

    @Test
    void aFileKeepsItsNameButADotInAnInitiativesCodeDoesNotMakeItAFile() {
        assertThat(Address.of("/opendata/4/initiatives.csv").file()).isEqualTo("opendata/4/initiatives.csv");
        assertThat(Address.of("/webjars/echarts/5.5.0/dist/echarts.min.js").file())
                .isEqualTo("webjars/echarts/5.5.0/dist/echarts.min.js");
        assertThat(Address.of("/plans/5/initiatives/No.2").file()).isEqualTo("plans/5/initiatives/No.2/index.html");
    }

    @Test
    void percentEncodedNamesAreWrittenAsTheNamesAWebServerLooksFor() {
        assertThat(Address.of("/organizations/%E6%9C%A8%E6%9B%B4%E6%B4%A5%E5%B8%82").file())
                .isEqualTo("organizations/木更津市/index.html");
    }

    @Test
    void aNameThatWouldClimbOutOfTheExportHasNoFile() {
        assertThat(Address.of("/plans/%2E%2E/secret").file()).isNull();
        assertThat(Address.of("/plans/a%2Fb").file()).isNull();
    }

    @Test
    void japaneseIsThePageItselfAndOtherLanguagesAreNotExported() {
        assertThat(Address.of("/plans/4?lang=ja")).isEqualTo(new Address("/plans/4", null));
        assertThat(Address.of("/plans/4?lang=en")).isNull();
        assertThat(Address.of("/search?lang=en")).isNull();
    }

    @Test
    void aQueryIsAFileOfItsOwnNamedAfterItsSortedParameters() {
        assertThat(Address.of("/?page=2").file()).isEqualTo("index.page-2.html");
        assertThat(Address.of("/?type=dx&page=2&lang=ja").file()).isEqualTo("index.page-2.type-dx.html");
        assertThat(Address.of("/?page=2&type=dx").file()).isEqualTo(Address.of("/?type=dx&page=2").file());
        assertThat(Address.of("/plans/4/report.pdf?v=1").file()).isEqualTo("plans/4/report.v-1.pdf");
    }

    @Test
    void aQueryThatIsNotPlainAsciiIsNamedByItsHash() {
        String file = Address.of("/?organization=%E6%9C%A8%E6%9B%B4%E6%B4%A5%E5%B8%82").file();
        assertThat(file).matches("index\\.q-[0-9a-f]{12}\\.html");
        assertThat(Address.of("/?organization=%E5%8D%83%E8%91%89%E5%B8%82").file()).isNotEqualTo(file);
    }

    @Test
    void theSearchPageKeepsItsQueryForTheScriptAndIsOneFile() {
        Address search = Address.of("/search?q=%E3%83%86&organization=x");
        assertThat(search.query()).isEqualTo("q=%E3%83%86&organization=x");
        assertThat(search.file()).isEqualTo("search/index.html");
    }

    @Test
    void linksAreRelativeToTheFileTheyAreIn() {
        assertThat(Address.relative("plans/4/initiatives/01-16/index.html", "plans/4/index.html")).isEqualTo("../../index.html");
        assertThat(Address.relative("plans/4/index.html", "index.html")).isEqualTo("../../index.html");
        assertThat(Address.relative("index.html", "plans/4/index.html")).isEqualTo("plans/4/index.html");
        assertThat(Address.relative("plans/4/index.html", "plans/4/index.html")).isEqualTo("index.html");
        assertThat(Address.relative("plans/4/index.html", "plans/4/report.pdf")).isEqualTo("report.pdf");
        assertThat(Address.relative("search/index.html", "css/shinchoku.css")).isEqualTo("../css/shinchoku.css");
        assertThat(Address.relative("index.html", "organizations/木更津市/index.html"))
                .isEqualTo("organizations/%E6%9C%A8%E6%9B%B4%E6%B4%A5%E5%B8%82/index.html");
    }
}
