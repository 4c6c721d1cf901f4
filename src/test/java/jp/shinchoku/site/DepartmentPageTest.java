package jp.shinchoku.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.DepartmentCommands.MergeDepartments;
import jp.shinchoku.editing.DepartmentCommands.RenameDepartment;
import jp.shinchoku.editing.DepartmentEditing;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department's public page after the registry renamed or merged departments. The DX plan of
 * 木更津市 (seed 003) is published as of 2023-09-01 before every change; in it 情報経営課 owns 01-05,
 * 01-11, 02-02, 02-03, 03-04, 03-05, 03-07 and 04-02, 産業振興課 owns 01-01, 康推進課 (a misspelling)
 * owns 01-07 and 健康推進課 owns 01-16.
 */
@DatabaseTest
class DepartmentPageTest {

    static final List<String> JOHO_KEIEI = List.of("01-05", "01-11", "02-02", "02-03", "03-04", "03-05", "03-07", "04-02");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    DepartmentEditing editing;

    @Autowired
    DepartmentStore departments;

    final Actor planner = Actor.system("kikaku");
    long dx;
    long kisarazu;

    @BeforeEach
    void publishTheDxPlan() {
        TestDatabase.empty(jdbc);
        dx = imports.store(List.of(SeedDocuments.all().get(3)), "test").get(0).planId();
        kisarazu = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(dx).query(Long.class).single();
        snapshots.publish(Actor.system("test"), dx, LocalDate.of(2023, 9, 1), "令和5年度 予算時", null);
    }

    @Test
    void aDepartmentRenamedAfterAPublicationStillListsItsInitiativesOfThatReportUnderItsFormerName() throws Exception {
        long id = department("情報経営課");
        editing.rename(planner, new RenameDepartment(kisarazu, id, "デジタル推進課"));

        Document page = page(id, "ja");

        assertThat(page.select("h1").text()).isEqualTo("木更津市 デジタル推進課");
        assertThat(owned(page)).containsExactlyElementsOf(JOHO_KEIEI);
        int rows = page.select("table.department-initiatives tbody tr").size();
        assertThat(page.select("small.former-name").eachText()).hasSize(rows).containsOnly("旧名: 情報経営課");
        assertThat(page(id, "en").select("small.former-name").eachText()).containsOnly("formerly 情報経営課");
    }

    @Test
    void afterTheNextPublicationTheInitiativesAreListedUnderTheNewNameAlone() throws Exception {
        long id = department("情報経営課");
        editing.rename(planner, new RenameDepartment(kisarazu, id, "デジタル推進課"));
        snapshots.publish(Actor.system("test"), dx, LocalDate.of(2024, 9, 1), "令和6年度 予算時", null);

        Document page = page(id, "ja");

        assertThat(owned(page)).containsExactlyElementsOf(JOHO_KEIEI);
        assertThat(page.select("small.former-name")).isEmpty();
    }

    @Test
    void aNameGivenUpAndTakenByAnotherDepartmentStillMeansTheFirstInTheReportPublishedBefore() throws Exception {
        long renamed = department("情報経営課");
        long industry = department("産業振興課");
        editing.rename(planner, new RenameDepartment(kisarazu, renamed, "デジタル推進課"));
        editing.rename(planner, new RenameDepartment(kisarazu, industry, "情報経営課"));

        Document takenOver = page(industry, "ja");

        // in the report of 2023-09-01, 情報経営課 is the department now called デジタル推進課
        assertThat(owned(takenOver)).contains("01-01").doesNotContainAnyElementsOf(JOHO_KEIEI);
        assertThat(takenOver.select("small.former-name").eachText()).containsOnly("旧名: 産業振興課");
        assertThat(owned(page(renamed, "ja"))).containsExactlyElementsOf(JOHO_KEIEI);
    }

    @Test
    void aDepartmentMergedAfterAPublicationHandsItsInitiativesOfThatReportToTheOneItWasMergedInto() throws Exception {
        long misspelled = department("康推進課");
        long right = department("健康推進課");
        editing.merge(planner, new MergeDepartments(misspelled, right));

        Document page = page(right, "ja");

        assertThat(owned(page)).containsExactly("01-07", "01-16");
        assertThat(page.select("tr:has(.code:containsOwn(01-07)) small.former-name").text()).isEqualTo("統合前: 康推進課");
        assertThat(page.select("tr:has(.code:containsOwn(01-16)) small.former-name")).isEmpty();
        mvc.perform(get("/organizations/{o}/departments/{d}", kisarazu, misspelled)).andExpect(status().isNotFound());
    }

    private long department(String name) {
        return departments.named(kisarazu, name).orElseThrow();
    }

    private Document page(long departmentId, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/organizations/{o}/departments/{d}", kisarazu, departmentId).param("lang", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> owned(Document page) {
        return page.select("table.department-initiatives tr:has(td:containsOwn(担当課)) .code").eachText();
    }
}
