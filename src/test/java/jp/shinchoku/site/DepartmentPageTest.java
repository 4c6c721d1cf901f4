package jp.shinchoku.site;

import static jp.shinchoku.support.PublishedDxPlan.JOHO_KEIEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.PublishedDxPlan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department's public page after the registry renamed or merged departments, in the DX plan of
 * 木更津市 published before every change ({@link PublishedDxPlan} says who owns what in it).
 */
@DatabaseTest
class DepartmentPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PublishedDxPlan dx;

    @BeforeEach
    void publishTheDxPlan() {
        dx = PublishedDxPlan.publish(context);
    }

    @Test
    void aDepartmentRenamedAfterAPublicationStillListsItsInitiativesOfThatReportUnderItsFormerName() throws Exception {
        long id = dx.department("情報経営課");
        dx.rename("情報経営課", "デジタル推進課");

        Document page = page(id, "ja");

        assertThat(page.select("h1").text()).isEqualTo("木更津市 デジタル推進課");
        assertThat(owned(page)).containsExactlyElementsOf(JOHO_KEIEI);
        int rows = page.select("table.department-initiatives tbody tr").size();
        assertThat(page.select("small.former-name").eachText()).hasSize(rows).containsOnly("旧名: 情報経営課");
        assertThat(page(id, "en").select("small.former-name").eachText()).containsOnly("formerly 情報経営課");
    }

    @Test
    void afterTheNextPublicationTheInitiativesAreListedUnderTheNewNameAlone() throws Exception {
        long id = dx.department("情報経営課");
        dx.rename("情報経営課", "デジタル推進課");
        dx.publishAgain();

        Document page = page(id, "ja");

        assertThat(owned(page)).containsExactlyElementsOf(JOHO_KEIEI);
        assertThat(page.select("small.former-name")).isEmpty();
    }

    @Test
    void aNameGivenUpAndTakenByAnotherDepartmentStillMeansTheFirstInTheReportPublishedBefore() throws Exception {
        long renamed = dx.department("情報経営課");
        long industry = dx.department("産業振興課");
        dx.rename("情報経営課", "デジタル推進課");
        dx.rename("産業振興課", "情報経営課");

        Document takenOver = page(industry, "ja");

        // in the report of 2023-09-01, 情報経営課 is the department now called デジタル推進課
        assertThat(owned(takenOver)).contains("01-01").doesNotContainAnyElementsOf(JOHO_KEIEI);
        assertThat(takenOver.select("small.former-name").eachText()).containsOnly("旧名: 産業振興課");
        assertThat(owned(page(renamed, "ja"))).containsExactlyElementsOf(JOHO_KEIEI);
    }

    @Test
    void aDepartmentMergedAfterAPublicationHandsItsInitiativesOfThatReportToTheOneItWasMergedInto() throws Exception {
        long misspelled = dx.department("康推進課");
        long right = dx.department("健康推進課");
        dx.merge("康推進課", "健康推進課");

        Document page = page(right, "ja");

        assertThat(owned(page)).containsExactly("01-07", "01-16");
        assertThat(page.select("tr:has(.code:containsOwn(01-07)) small.former-name").text()).isEqualTo("統合前: 康推進課");
        assertThat(page.select("tr:has(.code:containsOwn(01-16)) small.former-name")).isEmpty();
        mvc.perform(get("/organizations/{o}/departments/{d}", dx.organizationId(), misspelled))
                .andExpect(status().isNotFound());
    }

    private Document page(long departmentId, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/organizations/{o}/departments/{d}", dx.organizationId(), departmentId)
                .param("lang", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> owned(Document page) {
        return page.select("table.department-initiatives tr:has(td:containsOwn(担当課)) .code").eachText();
    }
}
