package jp.shinchoku.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.PublishedDxPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/v1/plans/{id}/initiatives?department=} after the registry renamed departments, in
 * the DX plan of 木更津市 published before every change ({@link PublishedDxPlan} says who owns what).
 */
@DatabaseTest
class DepartmentFilterApiTest {

    static final String[] JOHO_KEIEI = PublishedDxPlan.JOHO_KEIEI.toArray(String[]::new);

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
    void aDepartmentRenamedAfterAPublicationFindsItsInitiativesUnderItsNewName() throws Exception {
        dx.rename("情報経営課", "デジタル推進課");

        owned("デジタル推進課").andExpect(jsonPath("$.items[*].code", contains(JOHO_KEIEI)))
                // the report keeps the name it was published with
                .andExpect(jsonPath("$.items[0].ownerDepartments[0]").value("情報経営課"));
    }

    @Test
    void afterTheNextPublicationTheRenamedDepartmentFindsItsInitiativesUnderItsNewNameStill() throws Exception {
        dx.rename("情報経営課", "デジタル推進課");
        dx.publishAgain();

        owned("デジタル推進課").andExpect(jsonPath("$.items[*].code", contains(JOHO_KEIEI)))
                .andExpect(jsonPath("$.items[0].ownerDepartments[0]").value("デジタル推進課"));
        owned("情報経営課").andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void aNameGivenUpAndTakenByAnotherDepartmentKeepsMeaningTheFirstInTheReportPublishedBefore() throws Exception {
        dx.rename("情報経営課", "デジタル推進課");
        dx.rename("産業振興課", "情報経営課");

        // in the report of 2023-09-01, 情報経営課 is the department now called デジタル推進課
        owned("情報経営課").andExpect(jsonPath("$.items[*].code", containsInAnyOrder(ownedInTheSeed("産業振興課"))));
        owned("デジタル推進課").andExpect(jsonPath("$.items[*].code", contains(JOHO_KEIEI)));
    }

    @Test
    void aNameNoDepartmentBearsNowIsMatchedAsTheReportWroteIt() throws Exception {
        dx.rename("情報経営課", "デジタル推進課");

        owned("情報経営課").andExpect(jsonPath("$.items[*].code", contains(JOHO_KEIEI)));
        owned("存在しない課").andExpect(jsonPath("$.items", empty()));
    }

    private static String[] ownedInTheSeed(String department) {
        return PublishedDxPlan.seed().allInitiatives().stream()
                .filter(i -> i.ownerDepartments().contains(department)).map(i -> i.code()).toArray(String[]::new);
    }

    private ResultActions owned(String department) throws Exception {
        return mvc.perform(get("/api/v1/plans/{id}/initiatives", dx.planId()).param("department", department))
                .andExpect(status().isOk());
    }
}
