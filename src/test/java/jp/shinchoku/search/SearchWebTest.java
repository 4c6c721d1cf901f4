package jp.shinchoku.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The search page, the JSON API and the related initiatives on the seed plans. */
@DatabaseTest
class SearchWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex index;

    private long kisarazuDx;
    private long kisarazuReform;

    @BeforeEach
    void indexTheSeeds() {
        IndexedSeeds seeds = IndexedSeeds.load(jdbc, imports, index);
        kisarazuDx = seeds.kisarazuDx();
        kisarazuReform = seeds.kisarazuReform();
    }

    @Test
    void theSearchPageListsTheInitiativesFoundWithTheWordsMarked() throws Exception {
        mvc.perform(get("/search").param("q", "アクアコイン"))
                .andExpect(status().isOk())
                .andExpect(view().name("search/results"))
                .andExpect(content().string(containsString("<label for=\"search-q\">キーワード</label>")))
                .andExpect(content().string(containsString("<mark>アクアコイン</mark>")))
                .andExpect(content().string(containsString("href=\"/plans/" + kisarazuDx + "/initiatives/01-01\"")))
                .andExpect(content().string(containsString("2 件中 1–2 件目")))
                // in 令和6年度, the plan's latest graded year, both of 01-01's indicators are C (55.8 %, 71.6 %)
                .andExpect(content().string(containsString("<span class=\"grade grade-C\">C 一部達成</span>")));
    }

    @Test
    void withNothingTypedThePageShowsOnlyTheForm() throws Exception {
        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-q\"")))
                .andExpect(content().string(not(containsString("検索結果"))));
    }

    @Test
    void theFiltersAreDropDownsFilledFromTheIndexAndKeepTheirChoice() throws Exception {
        mvc.perform(get("/search").param("q", "テレワーク").param("organization", "千葉市"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"千葉市\" selected=\"selected\">千葉市</option>")))
                .andExpect(content().string(containsString("<option value=\"2024\">令和6年度 (2024)</option>")))
                .andExpect(content().string(containsString("該当する取組はありません。")));
    }

    @Test
    void choosingAnOrganisationNarrowsThePlansAndDepartmentsOffered() throws Exception {
        String kisarazuOnly = "<option value=\"情報経営課\">情報経営課</option>";
        mvc.perform(get("/search").param("q", "DX"))
                .andExpect(content().string(containsString(kisarazuOnly)));
        mvc.perform(get("/search").param("q", "DX").param("organization", "千葉県"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(kisarazuOnly))))
                .andExpect(content().string(not(containsString(">木更津市 DX推進計画 施策シート</option>"))))
                .andExpect(content().string(containsString(">千葉県 行政改革計画 取組シート</option>")));
    }

    @Test
    void textFromADocumentIsEscapedInTheResults() throws Exception {
        PlanDocument seed = SeedDocuments.all().get(1);
        Initiative hostile = new Initiative("X-1", null, "<b>太字</b>の取組", List.of("総務課"), List.of(), List.of(), null,
                List.of(new LabeledText("内容", "<script>alert('x')</script>でオンライン申請を広げます。")), List.of(), List.of());
        PlanDocument plan = new PlanDocument(seed.format(), "丙村", "丙村の計画", null, List.of(2024), null, List.of(),
                List.of(new jp.shinchoku.plan.document.Section("1", "柱", List.of(), List.of(), List.of(hostile))));
        imports.store(List.of(plan), "test");
        index.synchronize();
        mvc.perform(get("/search").param("q", "オンライン申請").param("organization", "丙村"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>太字"))))
                .andExpect(content().string(containsString("&lt;b&gt;太字&lt;/b&gt;の取組")))
                .andExpect(content().string(containsString(
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;で<mark>オンライン申請</mark>を広げます。")));
    }

    @Test
    void aPlanFilterThatIsNotANumberIsABadRequestAndAPageOutOfRangeIsTheNearestOne() throws Exception {
        mvc.perform(get("/search").param("q", "テレワーク").param("plan", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/search").param("q", "テレワーク").param("page", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1));
    }

    @Test
    void everyPageHasASearchBoxInItsHeader() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/search\">")))
                .andExpect(content().string(containsString("<label for=\"site-search-q\"")));
    }

    @Test
    void theApiAnswersWithTheResultsBestFirst() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "アクアコイン"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.results[0].organization").value("木更津市"))
                .andExpect(jsonPath("$.results[0].plan").value("DX推進計画 施策シート"))
                .andExpect(jsonPath("$.results[0].code").value("01-01"))
                .andExpect(jsonPath("$.results[0].title").value("電子地域通貨・行政ポイントを活用した地域経済の活性化"))
                .andExpect(jsonPath("$.results[0].url").value("/plans/" + kisarazuDx + "/initiatives/01-01"))
                .andExpect(jsonPath("$.results[0].snippet").value(containsString("アクアコイン")))
                .andExpect(jsonPath("$.results[0].highlights[?(@.marked == true)].text").value(hasItem("アクアコイン")));
    }

    @Test
    void theApiTakesThePagesFilters() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "テレワーク").param("plan", Long.toString(kisarazuReform)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].code").value("2"));
    }

    @Test
    void theRelatedInitiativesOfAnInitiativeAnswerAsJson() throws Exception {
        mvc.perform(get("/api/v1/plans/{plan}/initiatives/{code}/related", kisarazuDx, "01-16"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.related[*].code").value(hasItem("11")))
                .andExpect(jsonPath("$.related[?(@.code == '11')].url").value(hasItem("/plans/" + kisarazuReform + "/initiatives/11")));
        mvc.perform(get("/api/v1/plans/{plan}/initiatives/{code}/related", kisarazuDx, "99-99"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theInitiativePageListsItsRelatedInitiativesLinkingToTheirPages() throws Exception {
        mvc.perform(get("/plans/{id}/initiatives/01-16", kisarazuDx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("関連する取組")))
                .andExpect(content().string(containsString("href=\"/plans/" + kisarazuReform + "/initiatives/11\"")));
    }
}
