package jp.shinchoku.site;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class PlanPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    private List<SavedPlan> saved;

    @BeforeEach
    void loadSeeds() {
        saved = TestDatabase.reloadSeeds(jdbc, imports);
    }

    @Test
    void theHomePageListsEveryPlanWithItsYearsBothWays() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("市長マニフェストに関する取組み")))
                .andExpect(content().string(containsString("令和3年度 (2021) – 令和6年度 (2024)")))
                .andExpect(content().string(containsString("令和5年9月1日 (2023-09-01)")));
    }

    @Test
    void aPlanPageShowsItsTreeDepartmentsAndIndicators() throws Exception {
        mvc.perform(get("/plans/{id}", saved.get(3).planId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("テレワークの推進")))
                .andExpect(content().string(containsString("情報経営課")))
                .andExpect(content().string(containsString("30,000千円")))
                .andExpect(content().string(containsString("令和4年度 (2022)")));
    }

    @Test
    void aPlanPageShowsProvisionalMarksProposalsWhatIsLeftOutOfGradesAndTrends() throws Exception {
        mvc.perform(get("/plans/{id}", saved.get(3).planId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"badge provisional\"")))
                .andExpect(content().string(containsString("提案（担当者の確認待ち）")))
                .andExpect(content().string(containsString("実績に「調整中」: まだ完了していない")))
                .andExpect(content().string(containsString("判定待ち 9件（うち提案 3件）")))
                .andExpect(content().string(containsString("判定待ち 1件（うち提案 1件）</span><span>、</span><span>見込 1件")))
                .andExpect(content().string(containsString("令和5年度 → 令和6年度: 小 11.7% → 13.8%、中 15.2% → 15.7%（少ないほど良い）")))
                .andExpect(content().string(containsString(">悪化<")))
                .andExpect(content().string(containsString("減らす指標が前年度より悪化")));
    }

    @Test
    void theEvaluationMarksReadInEnglishToo() throws Exception {
        mvc.perform(get("/plans/{id}", saved.get(3).planId()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">provisional<")))
                .andExpect(content().string(containsString("Proposed (awaiting a person&#39;s confirmation)")))
                .andExpect(content().string(containsString("9 awaiting judgement (3 with a proposal)</span><span>, </span><span>1 provisional</span><span>, </span><span>1 not comparable")))
                .andExpect(content().string(containsString(">improved<")));
    }

    @Test
    void aPlanThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/plans/{id}", 999_999)).andExpect(status().isNotFound());
    }

    @Test
    void textFromADocumentIsEscapedOnThePage() throws Exception {
        PlanDocument hostile = SeedDocuments.all().get(1).withTitle("<script>alert('x')</script>計画");
        long id = imports.store(List.of(hostile), "test").get(0).planId();
        mvc.perform(get("/plans/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;計画")));
    }
}
