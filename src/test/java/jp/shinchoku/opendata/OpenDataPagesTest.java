package jp.shinchoku.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class OpenDataPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    LicenceStore licences;

    @Autowired
    JdbcClient jdbc;

    private List<SavedPlan> saved;

    @BeforeEach
    void loadSeeds() {
        saved = TestDatabase.reloadSeeds(jdbc, imports);
    }

    @Test
    void theCatalogueListsEveryDatasetOfEveryPlanWithLicenceDateSizeAndAddress() throws Exception {
        long progress = saved.get(4).planId();
        byte[] csv = mvc.perform(get("/opendata/{id}/initiatives.csv", progress)).andReturn().getResponse()
                .getContentAsByteArray();
        String page = mvc.perform(get("/opendata")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("オープンデータ", "経営改革推進計画", "市長マニフェストに関する取組み",
                "クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/deed.ja",
                "令和5年9月1日 (2023-09-01)", "<th scope=\"col\"",
                "href=\"/opendata/" + progress + "/initiatives.csv\"", "href=\"/opendata/" + progress + "/indicators.csv\"",
                "href=\"/opendata/" + progress + "/departments.csv\"", "href=\"/opendata/" + progress + "/plan.json\"",
                "<data value=\"" + csv.length + "\"");
        for (SavedPlan p : saved) {
            assertThat(page).contains("/opendata/" + p.planId() + "/plan.json");
        }
    }

    @Test
    void anOrganisationsOwnLicenceReplacesTheDefaultInItsPlansOnly() throws Exception {
        assertThat(licences.set("木更津市", new Licence("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/deed.ja"),
                "test")).isTrue();
        String page = mvc.perform(get("/opendata")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("CC0 1.0", "CC BY 4.0");
        assertThat(licences.licence("木更津市").name()).isEqualTo("CC0 1.0");
        assertThat(licences.licence("千葉市")).isEqualTo(Licence.DEFAULT);
        assertThat(licences.set("存在しない市", Licence.DEFAULT, "test")).isFalse();
    }

    @Test
    void aCsvFileIsServedAsUtf8CsvUnderItsJapaneseNameInRfc5987Form() throws Exception {
        long progress = saved.get(4).planId();
        MvcResult result = mvc.perform(get("/opendata/{id}/indicators.csv", progress))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv; charset=UTF-8"))
                .andReturn();
        // 木更津市_経営改革推進計画_令和5年度_進捗状況_指標・年度_2023-09-01.csv, percent-encoded in UTF-8
        String disposition = result.getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"plan-" + progress + "-indicators.csv\"; filename*=UTF-8''")
                .contains("%E6%9C%A8%E6%9B%B4%E6%B4%A5%E5%B8%82_") // 木更津市_
                .endsWith("_2023-09-01.csv");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("人事評価制度の充実 (複線型人事制度の確立),指標①").contains("検討80%");
    }

    @Test
    void thePlanDocumentIsServedAsTheSameJsonThatExportWrites() throws Exception {
        long id = saved.get(3).planId();
        String json = mvc.perform(get("/opendata/{id}/plan.json", id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        PlanDocument plan = PlanDocumentJson.read(json);
        assertThat(plan.title()).isEqualTo(SeedDocuments.all().get(3).title());
        assertThat(plan.allInitiatives().get(0).indicators().get(0).valueFor(2022).evaluation().grade()).isEqualTo("A");
    }

    @Test
    void anUnknownPlanOrFileIsNotFoundAndNothingIsWrittenOverGet() throws Exception {
        mvc.perform(get("/opendata/{id}/initiatives.csv", 999_999)).andExpect(status().isNotFound());
        mvc.perform(get("/opendata/{id}/secrets.csv", saved.get(0).planId())).andExpect(status().isNotFound());
        // a write to a public address is refused before any handler: no login, no CSRF token
        mvc.perform(post("/opendata")).andExpect(status().isForbidden());
    }

    @Test
    void aPlanTitleIsEscapedOnTheCatalogue() throws Exception {
        PlanDocument hostile = SeedDocuments.all().get(1).withTitle("<script>alert('x')</script>計画");
        imports.store(List.of(hostile), "test");
        mvc.perform(get("/opendata"))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;計画")));
    }
}
