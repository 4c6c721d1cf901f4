package jp.shinchoku.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Actor;
import jp.shinchoku.account.NewAccount;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test helpers for staff: organizations and departments to belong to, accounts, and logging in. */
public final class Staff {

    /** Every account made here has this password unless a test says otherwise. */
    public static final String PASSWORD = "correct horse battery";

    private Staff() {
    }

    /** Registers the organization and its departments, as importing a plan would; returns the organization's id. */
    public static long organization(JdbcClient jdbc, String name, String... departments) {
        long id = jdbc.sql("INSERT INTO organization (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id")
                .param(name).query(Long.class).single();
        for (String d : departments) {
            jdbc.sql("INSERT INTO department (organization_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING").params(id, d).update();
        }
        return id;
    }

    /** The planning division's account kikaku of the organization, registered with its departments (no database account). */
    public static StaffUser planner(JdbcClient jdbc, String organization, String... departments) {
        return new StaffUser(1, "kikaku", Role.ORG_ADMIN, organization(jdbc, organization, departments), organization,
                List.of(), false);
    }

    /** Creates an account with {@link #PASSWORD}, as the console would, and returns it as its principal. */
    public static StaffUser account(AccountService accounts, String username, Role role, String organization,
            String... departments) {
        accounts.create(new NewAccount(username, role, organization, List.of(departments), PASSWORD, false), Actor.console());
        return principal(accounts, username);
    }

    /** The principal the account would have after logging in. */
    public static StaffUser principal(AccountService accounts, String username) {
        var a = accounts.find(username).orElseThrow();
        return new StaffUser(a.id(), a.username(), a.role(), a.organizationId(), a.organizationName(), a.departments(),
                a.mustChangePassword());
    }

    /** Runs the request as this user without going through the login form. */
    public static RequestPostProcessor as(StaffUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
    }

    /** Posts the login form; the response carries the session cookie when it succeeded. */
    public static MockHttpServletResponse login(MockMvc mvc, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn().getResponse();
    }

    /** Logs in through the form and returns the session cookie. */
    public static Cookie session(MockMvc mvc, String username, String password) throws Exception {
        MockHttpServletResponse response = login(mvc, username, password);
        Cookie cookie = response.getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("no session after logging in as " + username + ": " + response.getRedirectedUrl());
        }
        return cookie;
    }
}
