package jp.shinchoku.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The department registry screen with the 木更津市 DX plan (seed 003), which spells 健康推進課 once as
 * 康推進課 and 高齢者福祉課 once as 高齡者福祉課.
 */
@DatabaseTest
class DepartmentsScreenTest {

    /** 康推進課 on its own, not as the end of 健康推進課. */
    private static final Pattern MISSPELLED = Pattern.compile("(?<!健)康推進課");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    long planId;
    long organizationId;
    long misspelled;
    long right;
    StaffUser planner;

    @BeforeEach
    void loadKisarazuDxPlan() {
        TestDatabase.empty(jdbc);
        planId = imports.store(List.of(SeedDocuments.all().get(3)), "test").get(0).planId();
        organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
        misspelled = department("康推進課");
        right = department("健康推進課");
        planner = new StaffUser(2, "kikaku", Role.ORG_ADMIN, organizationId, "木更津市", List.of(), false);
    }

    @Test
    void thePlanningDivisionSeesTheRegistryWithCountsAndTheLookAlikeNamesMarked() throws Exception {
        String page = body(mvc.perform(get("/staff/departments").with(Staff.as(planner))).andExpect(status().isOk()));

        // 康推進課 owns one initiative (01-07), is related to none, serves no account, and looks like 健康推進課
        String row = rowOf(page, misspelled);
        assertThat(row).contains("look-alike").contains("<td>1</td><td>0</td><td>0</td>")
                .contains("<mark>健康推進課</mark>");
        // 01-08 is owned by 高齡者福祉課 (old form of 齢), another initiative is related to 高齢者福祉課
        assertThat(rowOf(page, department("高齡者福祉課"))).contains("look-alike").contains("<mark>高齢者福祉課</mark>");
        assertThat(rowOf(page, department("産業振興課"))).doesNotContain("look-alike");
        assertThat(page).contains("name=\"confirm\"").contains("担当課の統合");
    }

    @Test
    void mergingWithoutTheConfirmationChangesNothingAndWithItThePlanShowsTheMergedName() throws Exception {
        Map<String, Long> before = TestDatabase.planRowCounts(jdbc);
        mvc.perform(merge(misspelled, right, false)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "統合するには確認のチェックを入れてください。"));
        assertThat(TestDatabase.planRowCounts(jdbc)).isEqualTo(before);

        mvc.perform(merge(misspelled, right, true)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "担当課を統合しました（取組 1 件に新しい版を記録しました）。"));

        String plan = body(mvc.perform(get("/plans/" + planId)).andExpect(status().isOk()));
        assertThat(MISSPELLED.matcher(plan).find()).isFalse();
        String registry = body(mvc.perform(get("/staff/departments").with(Staff.as(planner))));
        assertThat(MISSPELLED.matcher(registry).find()).isFalse();
    }

    @Test
    void renamingToATakenNameSaysToMergeInstead() throws Exception {
        mvc.perform(post("/staff/departments/" + misspelled + "/rename").param("newName", "健康推進課")
                .with(Staff.as(planner)).with(csrf()))
                .andExpect(flash().attribute("error", "「健康推進課」という課は既にあります。同じ課にまとめるには統合してください。"));
        assertThat(jdbc.sql("SELECT name FROM department WHERE id = ?").param(misspelled).query(String.class).single())
                .isEqualTo("康推進課");
    }

    @Test
    void aDepartmentEditorAndAReviewerGet403AndNothingChanges() throws Exception {
        StaffUser editor = new StaffUser(1, "kenko", Role.DEPARTMENT_EDITOR, organizationId, "木更津市",
                List.of(new StaffUser.Department(misspelled, "康推進課"), new StaffUser.Department(right, "健康推進課")), false);
        StaffUser reviewer = new StaffUser(3, "shinsa", Role.REVIEWER, organizationId, "木更津市", List.of(), false);
        Map<String, Long> before = TestDatabase.planRowCounts(jdbc);
        for (StaffUser user : List.of(editor, reviewer)) {
            mvc.perform(get("/staff/departments").with(Staff.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/staff/departments/merge").param("from", "" + misspelled).param("into", "" + right)
                    .param("confirm", "true").with(Staff.as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/staff/departments/" + misspelled + "/rename").param("newName", "健康推進課２")
                    .with(Staff.as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(TestDatabase.planRowCounts(jdbc)).isEqualTo(before);
        assertThat(department("康推進課")).isEqualTo(misspelled);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder merge(long from, long into,
            boolean confirm) {
        var request = post("/staff/departments/merge").param("from", "" + from).param("into", "" + into)
                .with(Staff.as(planner)).with(csrf());
        return confirm ? request.param("confirm", "true") : request;
    }

    private static String rowOf(String page, long departmentId) {
        int start = page.indexOf("data-department=\"" + departmentId + "\"");
        assertThat(start).as("row of department " + departmentId).isPositive();
        return page.substring(page.lastIndexOf("<tr", start), page.indexOf("</tr>", start));
    }

    private long department(String name) {
        return jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = ?").params(organizationId, name)
                .query(Long.class).single();
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
