package jp.shinchoku.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.DepartmentCommands.RenameDepartment;
import jp.shinchoku.editing.DepartmentEditing;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/v1/plans/{id}/initiatives?department=} after the registry renamed departments.
 * The DX plan of 木更津市 (seed 003) is published as of 2023-09-01 before every change; in it
 * 情報経営課 owns 01-05, 01-11, 02-02, 02-03, 03-04, 03-05, 03-07 and 04-02; what 産業振興課 owns is
 * read from the seed.
 */
@DatabaseTest
class DepartmentFilterApiTest {

    static final String[] JOHO_KEIEI = {"01-05", "01-11", "02-02", "02-03", "03-04", "03-05", "03-07", "04-02"};

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
    void aDepartmentRenamedAfterAPublicationFindsItsInitiativesUnderItsNewName() throws Exception {
        rename("情報経営課", "デジタル推進課");

        owned("デジタル推進課").andExpect(jsonPath("$.items[*].code", contains(JOHO_KEIEI)))
                // the report keeps the name it was published with
                .andExpect(jsonPath("$.items[0].ownerDepartments[0]").value("情報経営課"));
    }

    @Test
    void afterTheNextPublicationTheRenamedDepartmentFindsItsInitiativesUnderItsNewNameStill() throws Exception {
        rename("情報経営課", "デジタル推進課");
        snapshots.publish(Actor.system("test"), dx, LocalDate.of(2024, 9, 1), "令和6年度 予算時", null);

        owned("デジタル推進課").andExpect(jsonPath("$.items[*].code", contains(JOHO_KEIEI)))
                .andExpect(jsonPath("$.items[0].ownerDepartments[0]").value("デジタル推進課"));
        owned("情報経営課").andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void aNameGivenUpAndTakenByAnotherDepartmentKeepsMeaningTheFirstInTheReportPublishedBefore() throws Exception {
        rename("情報経営課", "デジタル推進課");
        rename("産業振興課", "情報経営課");

        // in the report of 2023-09-01, 情報経営課 is the department now called デジタル推進課
        owned("情報経営課").andExpect(jsonPath("$.items[*].code", containsInAnyOrder(ownedInTheSeed("産業振興課"))));
        owned("デジタル推進課").andExpect(jsonPath("$.items[*].code", contains(JOHO_KEIEI)));
    }

    @Test
    void aNameNoDepartmentBearsNowIsMatchedAsTheReportWroteIt() throws Exception {
        rename("情報経営課", "デジタル推進課");

        owned("情報経営課").andExpect(jsonPath("$.items[*].code", contains(JOHO_KEIEI)));
        owned("存在しない課").andExpect(jsonPath("$.items", empty()));
    }

    private void rename(String from, String to) {
        long id = departments.named(kisarazu, from).orElseThrow();
        editing.rename(planner, new RenameDepartment(kisarazu, id, to));
    }

    private static String[] ownedInTheSeed(String department) {
        return SeedDocuments.all().get(3).allInitiatives().stream()
                .filter(i -> i.ownerDepartments().contains(department)).map(i -> i.code()).toArray(String[]::new);
    }

    private ResultActions owned(String department) throws Exception {
        return mvc.perform(get("/api/v1/plans/{id}/initiatives", dx).param("department", department))
                .andExpect(status().isOk());
    }
}
