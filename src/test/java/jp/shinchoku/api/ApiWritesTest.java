package jp.shinchoku.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Map;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Actor;
import jp.shinchoku.account.ApiTokens;
import jp.shinchoku.account.Role;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.round.RoundCommands.OpenRound;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.Task;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API's writes by token: the same commands and rules as the staff screens. The editor serves
 * 情報経営課 of 木更津市, which owns DX initiative 01-05 (テレワークの推進) and not 01-01 (産業振興課's).
 */
@DatabaseTest
class ApiWritesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    EditingService editing;

    @Autowired
    RoundService rounds;

    long dx;
    long own;
    long foreign;
    String editorToken;

    @BeforeEach
    void editorWithAToken() {
        TestDatabase.reloadSeeds(jdbc, imports);
        Staff.account(accounts, "api-editor", Role.DEPARTMENT_EDITOR, "木更津市", "情報経営課");
        editorToken = tokens.create("api-editor", "集計システム", 30, Actor.console()).secret();
        dx = jdbc.sql("SELECT p.id FROM plan p JOIN organization o ON o.id = p.organization_id "
                + "WHERE o.name = '木更津市' AND p.title LIKE 'DX%'").query(Long.class).single();
        own = initiative("01-05");
        foreign = initiative("01-01");
    }

    @Test
    void anEditorsTokenRecordsATargetActualAndNoteOfItsDepartmentsInitiative() throws Exception {
        mvc.perform(values(own, 1, "成果目標①", 2025, "6施設", "4施設", "API から入力").header("Authorization", bearer(editorToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.initiativeId").value(own))
                .andExpect(jsonPath("$.version").value(2));
        IndicatorValue entered = valueOf(own, "成果目標①", 2025);
        assertThat(entered.actual().text()).isEqualTo("4施設");
        assertThat(entered.note()).isEqualTo("API から入力");
        // read back through the API: 4 of 6 facilities is 66.7 %, grade C (一部達成, at least 50 % and under 80 %)
        mvc.perform(get("/api/v1/initiatives/{id}/indicators", own))
                .andExpect(jsonPath("$[0].key").value("成果目標①"))
                .andExpect(jsonPath("$[0].values[3].fiscalYear").value(2025))
                .andExpect(jsonPath("$[0].values[3].actual.text").value("4施設"))
                .andExpect(jsonPath("$[0].values[3].evaluation.rate").value(66.7))
                .andExpect(jsonPath("$[0].values[3].evaluation.grade").value("C"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'api-editor' AND action = 'record-values'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEditorsTokenCannotChangeAnotherDepartmentsInitiativeAndNothingChanges() throws Exception {
        IndicatorValue before = valueOf(foreign, "成果目標①", 2024);
        Map<String, Long> rows = TestDatabase.planRowCounts(jdbc);
        mvc.perform(values(foreign, 1, "成果目標①", 2024, "60,000千円", "99,999千円", "他課の値").header("Authorization", bearer(editorToken)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("権限がありません"));
        assertThat(valueOf(foreign, "成果目標①", 2024)).isEqualTo(before);
        assertThat(before.actual().text()).as("seed 003, 01-01, 令和6年度 実績").isEqualTo("33,474千円");
        assertThat(version(foreign)).isEqualTo(1);
        assertThat(TestDatabase.planRowCounts(jdbc)).isEqualTo(rows);
    }

    @Test
    void aWriteFromAnOlderVersionIsAConflictThatNamesTheCurrentVersion() throws Exception {
        mvc.perform(values(own, 1, "成果目標①", 2025, "6施設", "2施設", null).header("Authorization", bearer(editorToken)))
                .andExpect(status().isOk());
        mvc.perform(values(own, 1, "成果目標①", 2025, "6施設", "3施設", null).header("Authorization", bearer(editorToken))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Someone else saved first"))
                .andExpect(jsonPath("$.currentVersion").value(2));
        assertThat(valueOf(own, "成果目標①", 2025).actual().text()).isEqualTo("2施設");
    }

    @Test
    void aBrokenRuleIsABadRequestNamingTheField() throws Exception {
        mvc.perform(values(own, 1, "成果目標⑨", 2025, "1", "1", null).header("Authorization", bearer(editorToken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("entries[0].indicator"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid.noSuchIndicator"));
        assertThat(version(own)).isEqualTo(1);
    }

    @Test
    void aRevokedTokenIsRefusedWith401() throws Exception {
        var issued = tokens.create("api-editor", "一時利用", 30, Actor.console());
        tokens.revoke(issued.token().id(), Actor.console());
        mvc.perform(values(own, 1, "成果目標①", 2025, "6施設", "5施設", null).header("Authorization", bearer(issued.secret())))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"shinchoku\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("認証が必要です"));
        assertThat(version(own)).isEqualTo(1);
    }

    @Test
    void anExpiredTokenAnUnknownTokenAndADisabledAccountAreRefusedWith401() throws Exception {
        var expired = tokens.create("api-editor", "期限切れ", 1, Actor.console());
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = ?").param(expired.token().id()).update();
        mvc.perform(get("/api/v1/plans").header("Authorization", bearer(expired.secret())).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Authentication required"));
        mvc.perform(get("/api/v1/plans").header("Authorization", bearer("shk_" + "A".repeat(43))))
                .andExpect(status().isUnauthorized());
        accounts.disable("api-editor", Actor.console());
        mvc.perform(values(own, 1, "成果目標①", 2025, "6施設", "5施設", null).header("Authorization", bearer(editorToken)))
                .andExpect(status().isUnauthorized());
        assertThat(version(own)).isEqualTo(1);
    }

    @Test
    void aWriteWithoutATokenOrSessionIsRefusedWith401() throws Exception {
        mvc.perform(values(own, 1, "成果目標①", 2025, "6施設", "5施設", null).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aTokenRequestKeepsNoSessionAndNeedsNoCsrfWhileABrowserSessionNeedsCsrf() throws Exception {
        var response = mvc.perform(values(own, 1, "成果目標①", 2025, "6施設", "5施設", null)
                .header("Authorization", bearer(editorToken))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getCookie("SESSION")).isNull();
        Cookie session = Staff.session(mvc, "api-editor", Staff.PASSWORD);
        mvc.perform(values(own, 2, "成果目標①", 2025, "6施設", "6施設", null).cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("要求を受け付けられません"));
        assertThat(version(own)).isEqualTo(2);
        mvc.perform(values(own, 2, "成果目標①", 2025, "6施設", "6施設", null).cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));
    }

    @Test
    void anEditorsTokenListsAndSubmitsItsDepartmentsTaskButNotAnothers() throws Exception {
        long round = rounds.open(jp.shinchoku.editing.Actor.system("test"), new OpenRound(dx, "令和6年度 決算時",
                LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 30), 2024)).id();
        long ownTask = task(round, "情報経営課");
        long foreignTask = task(round, "産業振興課");
        mvc.perform(get("/api/v1/tasks").header("Authorization", bearer(editorToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(ownTask))
                .andExpect(jsonPath("$[0].department").value("情報経営課"))
                .andExpect(jsonPath("$[0].fiscalYear").value("令和6年度 (2024)"))
                .andExpect(jsonPath("$[0].state").value("not_started"));
        mvc.perform(post("/api/v1/tasks/{id}/submit", foreignTask).header("Authorization", bearer(editorToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        assertThat(rounds.task(foreignTask).orElseThrow().state().code()).isEqualTo("not_started");
        mvc.perform(post("/api/v1/tasks/{id}/submit", ownTask).header("Authorization", bearer(editorToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"入力しました\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("submitted"));
        mvc.perform(post("/api/v1/tasks/{id}/submit", ownTask).header("Authorization", bearer(editorToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("今はできない操作です"));
    }

    @Test
    void submittingATaskThatDoesNotExistIsNotFoundAsAProblem() throws Exception {
        assertThat(rounds.task(999_999)).isEmpty();
        mvc.perform(post("/api/v1/tasks/{id}/submit", 999_999).header("Authorization", bearer(editorToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("見つかりません"))
                .andExpect(jsonPath("$.detail").value("task 999999 はありません。"))
                .andExpect(jsonPath("$.instance").value("/api/v1/tasks/999999/submit"));
        mvc.perform(post("/api/v1/tasks/{id}/submit", 999_999).header("Authorization", bearer(editorToken))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("There is no task 999999."));
    }

    @Test
    void theTasksNeedAnAccount() throws Exception {
        mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
    }

    private long task(long round, String department) {
        return rounds.tasks(round).stream().filter(t -> t.department().equals(department)).map(Task::id).findFirst()
                .orElseThrow();
    }

    private static MockHttpServletRequestBuilder values(long initiative, int version, String indicator, int year,
            String target, String actual, String note) {
        String body = """
                {"version": %d, "entries": [{"indicator": "%s", "fiscalYear": %d, "target": "%s", "actual": "%s"%s}]}"""
                .formatted(version, indicator, year, target, actual, note == null ? "" : ", \"note\": \"" + note + "\"");
        return post("/api/v1/initiatives/{id}/values", initiative).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private long initiative(String code) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = ?").params(dx, code).query(Long.class).single();
    }

    private int version(long initiative) {
        return jdbc.sql("SELECT version FROM initiative WHERE id = ?").param(initiative).query(Integer.class).single();
    }

    private IndicatorValue valueOf(long initiative, String indicator, int year) {
        return editing.read(jp.shinchoku.editing.Actor.system("test"), initiative).initiative().content().indicators()
                .stream().filter(k -> indicator.equals(k.label())).findFirst().orElseThrow().valueFor(year);
    }
}
