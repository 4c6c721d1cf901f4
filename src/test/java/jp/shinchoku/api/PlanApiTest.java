package jp.shinchoku.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.shinchoku.importer.ImportService;
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

@DatabaseTest
class PlanApiTest {

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
    void listsEveryPlanWithWhereToFetchIt() throws Exception {
        mvc.perform(get("/api/v1/plans"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[4].organization").value("木更津市"))
                .andExpect(jsonPath("$.items[4].asOf").value("2023-09-01"))
                .andExpect(jsonPath("$.items[3].indicators").value(65))
                .andExpect(jsonPath("$.items[3].href").value("/api/v1/plans/" + saved.get(3).planId()));
    }

    @Test
    void servesAPlanAsTheEvaluatedPlanDocument() throws Exception {
        String body = mvc.perform(get("/api/v1/plans/{id}", saved.get(3).planId()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        PlanDocument plan = PlanDocumentJson.read(body);
        var first = plan.allInitiatives().get(0).indicators().get(0);
        assertThat(first.direction()).isEqualTo("increase");
        assertThat(first.valueFor(2022).evaluation().rate()).isEqualByComparingTo("135.1");
        assertThat(first.valueFor(2022).evaluation().grade()).isEqualTo("A");
    }

    @Test
    void thePlanDocumentCarriesProvisionalMarksProposalsAndTrends() throws Exception {
        String body = mvc.perform(get("/api/v1/plans/{id}", saved.get(3).planId()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        PlanDocument plan = PlanDocumentJson.read(body);
        var drones = plan.allInitiatives().stream().filter(i -> "01-06".equals(i.code())).findFirst().orElseThrow().indicators();
        assertThat(drones.get(1).valueFor(2024).evaluation().provisional()).isTrue();
        var proposal = drones.get(0).valueFor(2024).evaluation().proposal();
        assertThat(proposal.grade()).isEqualTo("D");
        assertThat(proposal.status()).isEqualTo("proposed");
        assertThat(drones.get(0).valueFor(2024).evaluation().grade()).isNull();
        var spending = plan.allInitiatives().get(0).indicators().get(0).valueFor(2024).evaluation().trend();
        assertThat(spending.movement()).isEqualTo("worsened");
        assertThat(spending.basis()).isEqualTo("令和5年度 → 令和6年度: 62,588千円 → 33,474千円");
        assertThat(body).contains("\"proposed\"").contains("\"worsened\"");
        assertThat(body).as("written only where it applies").doesNotContain("\"provisional\" : false")
                .doesNotContain("\"proposal\" : null").doesNotContain("\"trend\" : null");
    }

    @Test
    void aPlanThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}", 999_999))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("見つかりません"));
    }
}
