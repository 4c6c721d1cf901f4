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
            row("POST", "/staff/accounts/{username}/disable", "/staff/accounts/other/disable", "L A F F F F"));

    record Row(String method, String pattern, String example, Map<Who, Outcome> expected) {
        String key() {
            return method + " " + pattern;
        }
    }

    static Row row(String method, String pattern, String example, String outcomes) {
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
        return new Row(method, pattern, example, expected);
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

    private final Map<Who, StaffUser> users = new EnumMap<>(Who.class);

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
        MockHttpServletRequestBuilder request = request(method, row.example());
        if (method != HttpMethod.GET) {
            request.with(csrf());
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
