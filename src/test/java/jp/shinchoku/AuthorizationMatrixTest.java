package jp.shinchoku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: one row per mapped endpoint (method + pattern), as Spring's handler mapping
 * lists them, with what each kind of visitor gets. An endpoint added without a row fails
 * {@link #everyMappedEndpointHasARow()}, so nobody forgets to decide who may call it; a row whose
 * endpoint is gone fails too.
 *
 * <p>Each request is made as it could be forged: directly, with a valid CSRF token, by a logged-in
 * user of each role (or nobody). ALLOWED means the request was handled (any answer but 403 or a
 * login demand: a form error, a redirect after a write, a 404 all count); LOGIN means sent to
 * /login (401 for the API); FORBIDDEN means 403.
 */
@DatabaseTest
class AuthorizationMatrixTest {

    enum Who { ANONYMOUS, SYSTEM_ADMIN, ORG_ADMIN, REVIEWER, DEPARTMENT_EDITOR, VIEWER }

    enum Outcome { ALLOWED, LOGIN, FORBIDDEN }

    /** A JSON body for the API's value rows: one indicator-year of 01-05 and of 01-01 (both have 成果目標①). */
    static final String VALUES = """
            {"version": 1, "entries": [{"indicator": "成果目標①", "fiscalYear": 2025, "target": "6施設", "actual": "2施設"}]}""";

    /**
     * method ("*" where the mapping takes any), pattern, a concrete request, and the outcomes for
     * the columns ANONYMOUS SYSTEM_ADMIN ORG_ADMIN REVIEWER DEPARTMENT_EDITOR VIEWER, as
     * A (allowed), L (login) or F (forbidden). The org admin and the editor belong to 木更津市;
     * "target" is a viewer of 木更津市 and "other" a viewer of 千葉市.
     */
    static final List<Row> ROWS = List.of(
            // public site and API: anybody reads
            row("GET", "/", "/", "A A A A A A"),
            row("GET", "/plans/{id}", "/plans/1", "A A A A A A"),
            row("GET", "/api/v1/plans", "/api/v1/plans", "A A A A A A"),
            row("GET", "/api/v1/plans/{id}", "/api/v1/plans/1", "A A A A A A"),
            row("*", "/error", "/error", "A A A A A A"),
            // login (its POST and /logout are Spring Security's filters, not mapped handlers)
            row("GET", "/login", "/login", "A A A A A A"),
            // every staff member
            row("GET", "/staff", "/staff", "L A A A A A"),
            row("GET", "/staff/password", "/staff/password", "L A A A A A"),
            row("POST", "/staff/password", "/staff/password", "L A A A A A"),
            // accounts: system admin all, org admin its organization's
            row("GET", "/staff/accounts", "/staff/accounts", "L A A F F F"),
            row("POST", "/staff/accounts", "/staff/accounts", "L A A F F F"),
            row("POST", "/staff/accounts/{username}/disable", "/staff/accounts/target/disable", "L A A F F F"),
            row("POST", "/staff/accounts/{username}/enable", "/staff/accounts/target/enable", "L A A F F F"),
            row("POST", "/staff/accounts/{username}/unlock", "/staff/accounts/target/unlock", "L A A F F F"),
            row("POST", "/staff/accounts/{username}/email", "/staff/accounts/target/email", "L A A F F F"),
            row("POST", "/staff/accounts/{username}/disable", "/staff/accounts/other/disable", "L A F F F F"),
            // API tokens: everyone makes, sees and revokes their own; an administrator also revokes those of the
            // accounts it manages ("target" and "other" each have one)
            row("GET", "/staff/tokens", "/staff/tokens", "L A A A A A"),
            row("POST", "/staff/tokens", "/staff/tokens?name=matrix&days=1", "L A A A A A"),
            row("POST", "/staff/tokens/{id}/revoke", "/staff/tokens/{targetToken}/revoke", "L A A F F F"),
            row("POST", "/staff/tokens/{id}/revoke", "/staff/tokens/{otherToken}/revoke", "L A F F F F"),
            // the cross-government overview: anybody reads
            row("GET", "/overview", "/overview", "A A A A A A"),
            // search: anybody searches
            row("GET", "/search", "/search?q=テレワーク", "A A A A A A"),
            row("GET", "/api/v1/search", "/api/v1/search?q=テレワーク", "A A A A A A"),
            row("GET", "/api/v1/plans/{planId}/initiatives/{code}/related",
                    "/api/v1/plans/{dx}/initiatives/01-16/related", "A A A A A A"),
            // reports and open data: anybody reads
            row("GET", "/plans/{id}/report.pdf", "/plans/{dx}/report.pdf", "A A A A A A"),
            row("GET", "/plans/{id}/workbook.xlsx", "/plans/{dx}/workbook.xlsx", "A A A A A A"),
            row("GET", "/opendata", "/opendata", "A A A A A A"),
            row("GET", "/opendata/{planId}/{file}", "/opendata/{dx}/initiatives.csv", "A A A A A A"),
            // published reports: anybody reads
            row("GET", "/plans/{id}/snapshots/{snapshotId}", "/plans/{dx}/snapshots/{snapshot}", "A A A A A A"),
            // the portal's pages: anybody reads
            row("GET", "/plans/{id}/sections/{key}", "/plans/{dx}/sections/01", "A A A A A A"),
            row("GET", "/plans/{id}/snapshots/{snapshotId}/sections/{key}", "/plans/{dx}/snapshots/{snapshot}/sections/01",
                    "A A A A A A"),
            row("GET", "/plans/{id}/initiatives/{key}", "/plans/{dx}/initiatives/01-01", "A A A A A A"),
            row("GET", "/plans/{id}/snapshots/{snapshotId}/initiatives/{key}",
                    "/plans/{dx}/snapshots/{snapshot}/initiatives/01-01", "A A A A A A"),
            row("GET", "/plans/{id}/snapshots/{before}/compare/{after}", "/plans/{dx}/snapshots/{snapshot}/compare/{snapshot}",
                    "A A A A A A"),
            row("GET", "/organizations/{orgId}", "/organizations/{otherOrg}", "A A A A A A"),
            row("GET", "/organizations/{orgId}/departments/{deptId}", "/organizations/{otherOrg}/departments/{otherDept}",
                    "A A A A A A"),
            row("GET", "/api/v1/plans/{id}/snapshots", "/api/v1/plans/{dx}/snapshots", "A A A A A A"),
            row("GET", "/api/v1/plans/{id}/snapshots/{snapshotId}", "/api/v1/plans/{dx}/snapshots/{snapshot}", "A A A A A A"),
            // the API's published data: anybody reads; its description too
            row("GET", "/api/v1/organizations", "/api/v1/organizations", "A A A A A A"),
            row("GET", "/api/v1/organizations/{id}", "/api/v1/organizations/{otherOrg}", "A A A A A A"),
            row("GET", "/api/v1/plans/{id}/sections", "/api/v1/plans/{dx}/sections", "A A A A A A"),
            row("GET", "/api/v1/plans/{planId}/initiatives", "/api/v1/plans/{dx}/initiatives", "A A A A A A"),
            row("GET", "/api/v1/plans/{planId}/indicators", "/api/v1/plans/{dx}/indicators", "A A A A A A"),
            row("GET", "/api/v1/initiatives/{id}", "/api/v1/initiatives/{foreign}", "A A A A A A"),
            row("GET", "/api/v1/initiatives/{id}/indicators", "/api/v1/initiatives/{foreign}/indicators", "A A A A A A"),
            row("GET", "/v3/api-docs", "/v3/api-docs", "A A A A A A"),
            row("GET", "/v3/api-docs.yaml", "/v3/api-docs.yaml", "A A A A A A"),
            row("GET", "/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config", "A A A A A A"),
            row("GET", "/swagger-ui.html", "/swagger-ui.html", "A A A A A A"),
            // the API's writes: the same rules as the screens' (here by session with CSRF; by token in ApiWritesTest)
            row("POST", "/api/v1/initiatives/{id}/values", "/api/v1/initiatives/{own}/values", VALUES, "L A A F A F"),
            row("POST", "/api/v1/initiatives/{id}/values", "/api/v1/initiatives/{foreign}/values", VALUES, "L A A F F F"),
            row("GET", "/api/v1/tasks", "/api/v1/tasks", "L A A A A A"),
            row("POST", "/api/v1/tasks/{id}/submit", "/api/v1/tasks/{ownTask}/submit", "L A A F A F"),
            row("POST", "/api/v1/tasks/{id}/submit", "/api/v1/tasks/{foreignTask}/submit", "L A A F F F"),
            // plans and initiatives: the organisation's staff read; a department reads what it owns or is related to
            row("GET", "/staff/plans", "/staff/plans", "L A A A A A"),
            row("GET", "/staff/plans/{planId}", "/staff/plans/{dx}", "L A A A A A"),
            row("GET", "/staff/initiatives/{id}", "/staff/initiatives/{own}", "L A A A A A"),
            row("GET", "/staff/initiatives/{id}", "/staff/initiatives/{foreign}", "L A A A F A"),
            row("GET", "/staff/initiatives/{id}/history", "/staff/initiatives/{own}/history", "L A A A A A"),
            row("GET", "/staff/initiatives/{id}/history", "/staff/initiatives/{foreign}/history", "L A A A F A"),
            // writes: the owner department and the planning division; structure only the planning division
            row("POST", "/staff/initiatives/{id}/values", "/staff/initiatives/{own}/values?version=1", "L A A F A F"),
            row("POST", "/staff/initiatives/{id}/values", "/staff/initiatives/{foreign}/values?version=1", "L A A F F F"),
            row("POST", "/staff/initiatives/{id}", "/staff/initiatives/{own}?version=1", "L A A F A F"),
            row("POST", "/staff/initiatives/{id}", "/staff/initiatives/{foreign}?version=1", "L A A F F F"),
            row("POST", "/staff/initiatives/{id}/restore", "/staff/initiatives/{own}/restore?version=1&revision=1",
                    "L A A F A F"),
            row("POST", "/staff/initiatives/{id}/restore", "/staff/initiatives/{foreign}/restore?version=1&revision=1",
                    "L A A F F F"),
            row("POST", "/staff/initiatives/{id}/indicators", "/staff/initiatives/{own}/indicators?version=1&name=x",
                    "L A A F F F"),
            row("POST", "/staff/initiatives/{id}/indicators/remove",
                    "/staff/initiatives/{own}/indicators/remove?version=1&indicator=none", "L A A F F F"),
            // decisions: directions and grading by the planning division, grades by the owner department and reviewers
            row("POST", "/staff/initiatives/{id}/direction",
                    "/staff/initiatives/{own}/direction?indicator=成果目標①&direction=increase&reason=x", "L A A F F F"),
            row("POST", "/staff/initiatives/{id}/judgement",
                    "/staff/initiatives/{own}/judgement?indicator=成果目標①&fiscalYear=2023&grade=A&reason=x", "L A A A A F"),
            row("POST", "/staff/initiatives/{id}/judgement",
                    "/staff/initiatives/{foreign}/judgement?indicator=成果目標①&fiscalYear=2023&grade=A&reason=x",
                    "L A A A F F"),
            row("GET", "/staff/grading", "/staff/grading", "L F A F F F"),
            row("POST", "/staff/grading", "/staff/grading?a=100&b=80&c=50&rollUp=worst", "L F A F F F"),
            // importing plans: the planning division (its own organisation) and the system administrator
            row("GET", "/staff/import", "/staff/import", "L A A F F F"),
            row("POST", "/staff/import", "/staff/import", "L A A F F F"),
            row("POST", "/staff/import/confirm", "/staff/import/confirm", "L A A F F F"),
            // a KPI table under review and the blank template: the same importers (an unknown upload id is a 404)
            row("GET", "/staff/import/template.{format}", "/staff/import/template.xlsx", "L A A F F F"),
            row("GET", "/staff/import/table/{id}", "/staff/import/table/none", "L A A F F F"),
            row("POST", "/staff/import/table/{id}/mapping", "/staff/import/table/none/mapping", "L A A F F F"),
            row("POST", "/staff/import/table/{id}", "/staff/import/table/none", "L A A F F F"),
            row("POST", "/staff/import/table/{id}/save-mapping", "/staff/import/table/none/save-mapping?name=x",
                    "L A A F F F"),
            // structure: only the planning division
            row("POST", "/staff/plans/{planId}/sections", "/staff/plans/{dx}/sections?title=x", "L A A F F F"),
            row("POST", "/staff/sections/{id}/rename", "/staff/sections/{section}/rename?title=x", "L A A F F F"),
            row("POST", "/staff/sections/{id}/move", "/staff/sections/{section}/move", "L A A F F F"),
            row("POST", "/staff/sections/{id}/delete", "/staff/sections/{section}/delete", "L A A F F F"),
            row("POST", "/staff/sections/{id}/initiatives", "/staff/sections/{section}/initiatives?title=x",
                    "L A A F F F"),
            row("POST", "/staff/initiatives/{id}/move", "/staff/initiatives/{own}/move?version=1&sectionId={section}",
                    "L A A F F F"),
            row("POST", "/staff/initiatives/{id}/delete", "/staff/initiatives/{foreign}/delete?version=99&reason=x",
                    "L A A F F F"),
            // rounds: the planning division opens and publishes, reviewers approve and return, departments submit their own
            row("GET", "/staff/rounds", "/staff/rounds", "L A A A A A"),
            row("GET", "/staff/rounds/new", "/staff/rounds/new?plan={dx}", "L A A F F F"),
            row("POST", "/staff/rounds", "/staff/rounds?plan={dx}&title=x&asOf=2025-05-31&deadline=2025-06-30&fiscalYear=2024",
                    "L A A F F F"),
            row("GET", "/staff/rounds/{id}", "/staff/rounds/{round}", "L A A A A A"),
            row("GET", "/staff/tasks/{id}", "/staff/tasks/{ownTask}", "L A A A A A"),
            row("GET", "/staff/tasks/{id}", "/staff/tasks/{foreignTask}", "L A A A F A"),
            row("POST", "/staff/tasks/{id}/submit", "/staff/tasks/{ownTask}/submit", "L A A F A F"),
            row("POST", "/staff/tasks/{id}/submit", "/staff/tasks/{foreignTask}/submit", "L A A F F F"),
            row("POST", "/staff/tasks/{id}/approve", "/staff/tasks/{foreignTask}/approve", "L A A A F F"),
            row("POST", "/staff/tasks/{id}/return", "/staff/tasks/{foreignTask}/return?comment=x", "L A A A F F"),
            row("POST", "/staff/rounds/{id}/publish", "/staff/rounds/{round}/publish", "L A A F F F"),
            // reporting workbooks: the department, reviewers and the planning division download; whoever may
            // change the department's values uploads (a post without a file is refused after authorization)
            row("GET", "/staff/tasks/{id}/workbook.xlsx", "/staff/tasks/{ownTask}/workbook.xlsx", "L A A A A F"),
            row("GET", "/staff/tasks/{id}/workbook.xlsx", "/staff/tasks/{foreignTask}/workbook.xlsx", "L A A A F F"),
            row("POST", "/staff/tasks/{id}/workbook", "/staff/tasks/{ownTask}/workbook", "L A A F A F"),
            row("POST", "/staff/tasks/{id}/workbook", "/staff/tasks/{foreignTask}/workbook", "L A A F F F"),
            // the audit log: the planning division (its organisation) and the system administrator
            row("GET", "/staff/audit", "/staff/audit", "L A A F F F"),
            row("GET", "/staff/audit.csv", "/staff/audit.csv", "L A A F F F"),
            // the department registry: the planning division of the organisation and the system administrator;
            // the writes are refused by a rule after authorization (blank name, merge into itself), so nothing changes
            row("GET", "/staff/departments", "/staff/departments", "L A A F F F"),
            row("GET", "/staff/departments", "/staff/departments?org={otherOrg}", "L A F F F F"),
            row("POST", "/staff/departments/{id}/rename", "/staff/departments/{dept}/rename?newName=", "L A A F F F"),
            row("POST", "/staff/departments/{id}/rename", "/staff/departments/{otherDept}/rename?newName=", "L A F F F F"),
            row("POST", "/staff/departments/merge", "/staff/departments/merge?from={dept}&into={dept}&confirm=true",
                    "L A A F F F"),
            row("POST", "/staff/departments/merge",
                    "/staff/departments/merge?from={otherDept}&into={otherDept}&confirm=true", "L A F F F F"));

    record Row(String method, String pattern, String example, String body, Map<Who, Outcome> expected) {
        String key() {
            return method + " " + pattern;
        }
    }

    static Row row(String method, String pattern, String example, String outcomes) {
        return row(method, pattern, example, null, outcomes);
    }

    static Row row(String method, String pattern, String example, String body, String outcomes) {
        String[] codes = outcomes.split(" ");
        Map<Who, Outcome> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, switch (codes[who.ordinal()]) {
                case "A" -> Outcome.ALLOWED;
                case "L" -> Outcome.LOGIN;
                case "F" -> Outcome.FORBIDDEN;
                default -> throw new IllegalArgumentException(outcomes);
            });
        }
        return new Row(method, pattern, example, body, expected);
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ImportService imports;

    @Autowired
    jp.shinchoku.account.ApiTokens tokens;

    @Autowired
    jp.shinchoku.round.RoundService rounds;

    @Autowired
    jp.shinchoku.snapshot.SnapshotService snapshots;

    private final Map<Who, StaffUser> users = new EnumMap<>(Who.class);
    /** What the examples' {placeholders} stand for: ids of the 木更津市 DX plan, its initiatives, a round and its tasks. */
    private final Map<String, Long> ids = new java.util.HashMap<>();

    @BeforeEach
    void oneUserOfEachRole() {
        TestDatabase.reloadSeeds(jdbc, imports);
        users.put(Who.SYSTEM_ADMIN, Staff.account(accounts, "m-system", Role.SYSTEM_ADMIN, null));
        users.put(Who.ORG_ADMIN, Staff.account(accounts, "m-admin", Role.ORG_ADMIN, "木更津市"));
        users.put(Who.REVIEWER, Staff.account(accounts, "m-reviewer", Role.REVIEWER, "木更津市"));
        users.put(Who.DEPARTMENT_EDITOR, Staff.account(accounts, "m-editor", Role.DEPARTMENT_EDITOR, "木更津市", "情報経営課"));
        users.put(Who.VIEWER, Staff.account(accounts, "m-viewer", Role.VIEWER, "木更津市"));
        Staff.account(accounts, "target", Role.VIEWER, "木更津市");
        Staff.account(accounts, "other", Role.VIEWER, "千葉市");
        ids.put("targetToken", tokens.create("target", "matrix", 1, jp.shinchoku.account.Actor.console()).token().id());
        ids.put("otherToken", tokens.create("other", "matrix", 1, jp.shinchoku.account.Actor.console()).token().id());
        long dx = jdbc.sql("SELECT p.id FROM plan p JOIN organization o ON o.id = p.organization_id "
                + "WHERE o.name = '木更津市' AND p.title LIKE 'DX%'").query(Long.class).single();
        ids.put("dx", dx);
        ids.put("own", initiative(dx, "01-05"));       // owned by 情報経営課, the editor's department
        ids.put("foreign", initiative(dx, "01-01"));   // owned by 産業振興課, related to 市民活動支援課
        ids.put("section", jdbc.sql("SELECT section_id FROM initiative WHERE id = ?").param(ids.get("own"))
                .query(Long.class).single());
        ids.put("dept", department("木更津市", "情報経営課"));
        ids.put("otherOrg", jdbc.sql("SELECT id FROM organization WHERE name = '千葉市'").query(Long.class).single());
        ids.put("otherDept", jdbc.sql("SELECT min(id) FROM department WHERE organization_id = ?")
                .param(ids.get("otherOrg")).query(Long.class).single());
        jp.shinchoku.editing.Actor system = jp.shinchoku.editing.Actor.system("matrix");
        ids.put("snapshot", snapshots.publish(system, dx, java.time.LocalDate.of(2024, 5, 31), "決算時", null).id());
        long round = rounds.open(system, new jp.shinchoku.round.RoundCommands.OpenRound(dx, "予算時",
                java.time.LocalDate.of(2025, 1, 31), java.time.LocalDate.of(2025, 2, 28), 2024)).id();
        ids.put("round", round);
        for (jp.shinchoku.round.Task task : rounds.tasks(round)) {
            if (task.department().equals("情報経営課")) {
                ids.put("ownTask", task.id());
            } else if (task.department().equals("産業振興課")) {
                ids.put("foreignTask", task.id());
            }
        }
    }

    private long department(String organization, String name) {
        return jdbc.sql("SELECT d.id FROM department d JOIN organization o ON o.id = d.organization_id "
                + "WHERE o.name = ? AND d.name = ?").params(organization, name).query(Long.class).single();
    }

    private long initiative(long planId, String code) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = ?").params(planId, code)
                .query(Long.class).single();
    }

    private String example(Row row) {
        String path = row.example();
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue().toString());
        }
        return path;
    }

    @Test
    void everyMappedEndpointHasARow() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                (methods.isEmpty() ? Set.of("*") : methods).forEach(m -> mapped.add(m + " " + pattern));
            }
        }
        Set<String> rows = ROWS.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mapped).as("endpoints without a row in ROWS (add one: who may call it?)").isSubsetOf(rows);
        assertThat(rows).as("rows whose endpoint no longer exists").isSubsetOf(mapped);
    }

    @Test
    void everyRoleGetsWhatItsRowSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            for (Who who : Who.values()) {
                Outcome actual = outcome(perform(row, who));
                if (actual != row.expected().get(who)) {
                    wrong.add(row.key() + " (" + row.example() + ") as " + who + ": expected " + row.expected().get(who)
                            + ", got " + actual);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse perform(Row row, Who who) throws Exception {
        HttpMethod method = row.method().equals("*") ? HttpMethod.GET : HttpMethod.valueOf(row.method());
        MockHttpServletRequestBuilder request = request(method, example(row));
        if (method != HttpMethod.GET) {
            request.with(csrf());
        }
        if (row.body() != null) {
            request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(row.body());
        }
        if (who != Who.ANONYMOUS) {
            request.with(Staff.as(users.get(who)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static Outcome outcome(MockHttpServletResponse response) {
        if (response.getStatus() == 403) {
            return Outcome.FORBIDDEN;
        }
        String location = response.getRedirectedUrl();
        if (response.getStatus() == 401 || (location != null && location.replaceFirst("^https?://[^/]+", "").equals("/login"))) {
            return Outcome.LOGIN;
        }
        return Outcome.ALLOWED;
    }
}
