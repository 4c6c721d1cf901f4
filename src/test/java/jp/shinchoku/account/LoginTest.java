package jp.shinchoku.account;

import static jp.shinchoku.support.Staff.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.event.TransactionalApplicationListener;

@DatabaseTest
@RecordApplicationEvents
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ConfigurableApplicationContext context;

    @BeforeEach
    void oneEditor() {
        TestDatabase.empty(jdbc);
        Staff.organization(jdbc, "木更津市", "情報政策課", "市民課");
        Staff.account(accounts, "sato", Role.DEPARTMENT_EDITOR, "木更津市", "情報政策課", "市民課");
    }

    /** Pretends the last failure happened an hour ago, so the next attempt is not made to wait. */
    private void letTimePass() {
        jdbc.sql("UPDATE login_throttle SET last_failure_at = last_failure_at - interval '1 hour'").update();
    }

    @Test
    void theRightPasswordLeadsToTheStaffHomeWhichShowsWhoIsLoggedIn() throws Exception {
        MockHttpServletResponse login = Staff.login(mvc, "sato", PASSWORD);
        assertThat(login.getRedirectedUrl()).isEqualTo("/staff");

        Cookie session = login.getCookie("SESSION");
        mvc.perform(get("/staff").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sato")))
                .andExpect(content().string(containsString("所管課担当")))
                .andExpect(content().string(containsString("木更津市")))
                .andExpect(content().string(containsString("市民課、情報政策課")))
                .andExpect(content().string(containsString("ログアウト")));
        assertThat(events.stream(LoginSucceeded.class)).extracting(LoginSucceeded::username).containsExactly("sato");
    }

    @Test
    void usernamesAreNotCaseSensitive() throws Exception {
        assertThat(Staff.login(mvc, "SATO", PASSWORD).getRedirectedUrl()).isEqualTo("/staff");
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() throws Exception {
        MockHttpServletResponse wrong = Staff.login(mvc, "sato", "wrong password!!");
        MockHttpServletResponse unknown = Staff.login(mvc, "nobody", "wrong password!!");
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error").isEqualTo(unknown.getRedirectedUrl());
        assertThat(events.stream(LoginFailed.class)).extracting(LoginFailed::username, LoginFailed::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sato", LoginFailed.Reason.BAD_PASSWORD),
                org.assertj.core.groups.Tuple.tuple("nobody", LoginFailed.Reason.UNKNOWN_USERNAME));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("ユーザー名またはパスワードが違います。")));
    }

    @Test
    void loginEventsReachListenersThatWaitForTheTransactionToCommit() throws Exception {
        List<Object> received = new CopyOnWriteArrayList<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        context.addApplicationListener(TransactionalApplicationListener.forPayload(event -> {
            if (listening.get() && (event instanceof LoginSucceeded || event instanceof LoginFailed)) {
                received.add(event);
            }
        }));
        try {
            Staff.login(mvc, "sato", "wrong password!!");
            Staff.login(mvc, "sato", PASSWORD);
        } finally {
            listening.set(false);
        }
        assertThat(received).extracting(Object::getClass).containsExactly(LoginFailed.class, LoginSucceeded.class);
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "sato").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaffFormPostedWithoutTheCsrfTokenIsRefusedEvenWhenLoggedIn() throws Exception {
        Cookie session = Staff.session(mvc, "sato", PASSWORD);
        mvc.perform(post("/staff/password").cookie(session).param("currentPassword", PASSWORD)
                        .param("newPassword", "another long password").param("confirmPassword", "another long password"))
                .andExpect(status().isForbidden());
        assertThat(Staff.login(mvc, "sato", PASSWORD).getRedirectedUrl()).isEqualTo("/staff");
    }

    @Test
    void theLoginPageCarriesItsCsrfTokenInTheForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\"")));
    }

    @Test
    void theSessionGetsANewIdAtLogin() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/staff/accounts")).andReturn().getResponse();
        Cookie before = page.getCookie("SESSION");
        assertThat(before).as("asking for a staff page starts a session to remember it").isNotNull();
        MockHttpServletResponse login = mvc.perform(post("/login").cookie(before).param("username", "sato")
                .param("password", PASSWORD).with(csrf())).andReturn().getResponse();
        assertThat(login.getCookie("SESSION").getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/staff").cookie(before)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
        String setCookie = Staff.login(mvc, "sato", PASSWORD).getHeader("Set-Cookie");
        assertThat(setCookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        Cookie session = Staff.session(mvc, "sato", PASSWORD);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/staff").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'sato'").query(Long.class).single())
                .isZero();
    }

    @Test
    void afterThreeFailuresTheNextAttemptIsRefusedWithoutLookingAtThePasswordAndSaysHowLongToWait() throws Exception {
        for (int i = 0; i < 3; i++) {
            Staff.login(mvc, "sato", "wrong password!!");
        }
        String refused = Staff.login(mvc, "sato", PASSWORD).getRedirectedUrl();
        // 2 seconds after the third failure; 1 if this machine took over a second between the two requests
        assertThat(refused).matches("/login\\?wait=[12]");
        mvc.perform(get("/login").param("wait", "2"))
                .andExpect(content().string(containsString("2 秒間はログインを受け付けません")));

        letTimePass();
        assertThat(Staff.login(mvc, "sato", PASSWORD).getRedirectedUrl()).isEqualTo("/staff");
        assertThat(jdbc.sql("SELECT count(*) FROM login_throttle").query(Long.class).single())
                .as("a success forgets the failures").isZero();
    }

    @Test
    void unknownUsernamesAreSlowedDownLikeKnownOnes() throws Exception {
        for (int i = 0; i < 3; i++) {
            Staff.login(mvc, "nobody", "wrong password!!");
        }
        assertThat(Staff.login(mvc, "nobody", "wrong password!!").getRedirectedUrl()).matches("/login\\?wait=[12]");
    }

    @Test
    void theTenthFailureLocksTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(Staff.login(mvc, "sato", "wrong password!!").getRedirectedUrl()).as("failure " + (i + 1))
                    .isEqualTo("/login?error");
            letTimePass();
        }
        assertThat(Staff.login(mvc, "sato", PASSWORD).getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(accounts.find("sato").orElseThrow().locked()).isTrue();
        assertThat(events.stream(AccountChanged.class)).contains(new AccountChanged("sato", AccountChanged.Change.LOCKED, "system"));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString("このユーザー名でのログインを停止しています")));

        accounts.unlock("sato", Actor.console());
        assertThat(Staff.login(mvc, "sato", PASSWORD).getRedirectedUrl()).isEqualTo("/staff");
    }

    @Test
    void aDisabledAccountCannotLogInAndItsSessionsEnd() throws Exception {
        Cookie session = Staff.session(mvc, "sato", PASSWORD);
        accounts.disable("sato", Actor.console());
        mvc.perform(get("/staff").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(Staff.login(mvc, "sato", PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(events.stream(LoginFailed.class)).extracting(LoginFailed::reason).containsExactly(LoginFailed.Reason.DISABLED);
    }
}
