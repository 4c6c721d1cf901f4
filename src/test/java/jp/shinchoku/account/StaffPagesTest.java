package jp.shinchoku.account;

import static jp.shinchoku.support.Staff.PASSWORD;
import static jp.shinchoku.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The change-password page and the accounts screen, with who may do what there. */
@DatabaseTest
class StaffPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private StaffUser system;
    private StaffUser kisarazuAdmin;
    private StaffUser reviewer;

    @BeforeEach
    void twoOrganizations() {
        TestDatabase.empty(jdbc);
        Staff.organization(jdbc, "木更津市", "情報政策課", "市民課");
        Staff.organization(jdbc, "千葉市", "総務課");
        system = Staff.account(accounts, "root", Role.SYSTEM_ADMIN, null);
        kisarazuAdmin = Staff.account(accounts, "kisarazu-admin", Role.ORG_ADMIN, "木更津市");
        reviewer = Staff.account(accounts, "kisarazu-reviewer", Role.REVIEWER, "木更津市");
        Staff.account(accounts, "chiba-viewer", Role.VIEWER, "千葉市");
    }

    private boolean enabled(String username) {
        return accounts.find(username).orElseThrow().enabled();
    }

    @Test
    void aOneTimePasswordSendsEveryStaffPageToTheChangeFormUntilItIsChanged() throws Exception {
        accounts.create(new NewAccount("tanaka", Role.VIEWER, "木更津市", List.of(), "one-time password 1", true),
                Actor.console());
        Cookie session = Staff.session(mvc, "tanaka", "one-time password 1");
        mvc.perform(get("/staff").cookie(session)).andExpect(redirectedUrl("/staff/password"));
        mvc.perform(get("/staff/accounts").cookie(session)).andExpect(redirectedUrl("/staff/password"));
        mvc.perform(get("/staff/password").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("初期パスワードのままです")));

        mvc.perform(post("/staff/password").cookie(session).with(csrf()).param("currentPassword", "one-time password 1")
                        .param("newPassword", "my own long password").param("confirmPassword", "my own long passwort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新しいパスワードと確認用のパスワードが一致しません。")));
        mvc.perform(post("/staff/password").cookie(session).with(csrf()).param("currentPassword", "one-time password 1")
                        .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(content().string(containsString("パスワードは 12 文字以上にしてください。")));
        mvc.perform(post("/staff/password").cookie(session).with(csrf()).param("currentPassword", "not my password")
                        .param("newPassword", "my own long password").param("confirmPassword", "my own long password"))
                .andExpect(content().string(containsString("現在のパスワードが違います。")));
        assertThat(accounts.find("tanaka").orElseThrow().mustChangePassword()).isTrue();

        var changed = mvc.perform(post("/staff/password").cookie(session).with(csrf())
                        .param("currentPassword", "one-time password 1")
                        .param("newPassword", "my own long password").param("confirmPassword", "my own long password"))
                .andExpect(redirectedUrl("/staff")).andReturn().getResponse();
        Cookie renewed = changed.getCookie("SESSION") != null ? changed.getCookie("SESSION") : session;
        mvc.perform(get("/staff").cookie(renewed)).andExpect(status().isOk())
                .andExpect(content().string(containsString("パスワードを変更しました。")));
        assertThat(accounts.find("tanaka").orElseThrow().mustChangePassword()).isFalse();
        assertThat(Staff.login(mvc, "tanaka", "one-time password 1").getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(Staff.login(mvc, "tanaka", "my own long password").getRedirectedUrl()).isEqualTo("/staff");
    }

    @Test
    void aSystemAdministratorSeesEveryAccount() throws Exception {
        mvc.perform(get("/staff/accounts").with(as(system)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kisarazu-admin")))
                .andExpect(content().string(containsString("chiba-viewer")))
                .andExpect(content().string(containsString("計画担当(団体管理者)")));
    }

    @Test
    void anOrganizationAdministratorSeesOnlyItsOwnOrganizationsAccounts() throws Exception {
        mvc.perform(get("/staff/accounts").with(as(kisarazuAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kisarazu-reviewer")))
                .andExpect(content().string(not(containsString("chiba-viewer"))))
                .andExpect(content().string(not(containsString("総務課"))))
                .andExpect(content().string(containsString("情報政策課")));
    }

    @Test
    void anOrganizationAdministratorAddsADepartmentEditorToItsOrganization() throws Exception {
        mvc.perform(post("/staff/accounts").with(as(kisarazuAdmin)).with(csrf()).param("username", "suzuki")
                        .param("role", "department-editor").param("departments", "情報政策課", "市民課")
                        .param("password", "temporary password"))
                .andExpect(redirectedUrl("/staff/accounts"));
        AccountSummary suzuki = accounts.find("suzuki").orElseThrow();
        assertThat(suzuki.organizationName()).isEqualTo("木更津市");
        assertThat(suzuki.departments()).extracting(StaffUser.Department::name).containsExactly("市民課", "情報政策課");
        assertThat(suzuki.mustChangePassword()).isTrue();
    }

    @Test
    void aFormWithAnUnknownDepartmentIsShownAgainWithTheCloseNamesAndNothingIsStored() throws Exception {
        mvc.perform(post("/staff/accounts").with(as(kisarazuAdmin)).with(csrf()).param("username", "suzuki")
                        .param("role", "department-editor").param("departments", "情報政策")
                        .param("password", "temporary password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("担当課「情報政策」は木更津市に登録されていません（近い名前: 情報政策課）。")))
                .andExpect(content().string(containsString("value=\"suzuki\"")))
                .andExpect(content().string(not(containsString("temporary password"))));
        assertThat(accounts.find("suzuki")).isEmpty();
    }

    @Test
    void anOrganizationAdministratorCannotManageAnotherOrganizationsAccounts() throws Exception {
        mvc.perform(post("/staff/accounts/chiba-viewer/disable").with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(enabled("chiba-viewer")).isTrue();

        mvc.perform(post("/staff/accounts").with(as(kisarazuAdmin)).with(csrf()).param("username", "intruder")
                        .param("role", "viewer").param("organization", "千葉市").param("password", "temporary password"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find("intruder")).isEmpty();

        mvc.perform(post("/staff/accounts").with(as(kisarazuAdmin)).with(csrf()).param("username", "superuser")
                        .param("role", "system-admin").param("password", "temporary password"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find("superuser")).isEmpty();

        mvc.perform(post("/staff/accounts/root/disable").with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(enabled("root")).isTrue();
    }

    @Test
    void staffWhoAreNotAdministratorsCannotSeeOrChangeAccounts() throws Exception {
        mvc.perform(get("/staff/accounts").with(as(reviewer))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/accounts/kisarazu-admin/disable").with(as(reviewer)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(enabled("kisarazu-admin")).isTrue();
        mvc.perform(get("/staff").with(as(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/staff/accounts\""))));
    }

    @Test
    void anAdministratorDisablesEnablesAndUnlocksAnAccount() throws Exception {
        mvc.perform(post("/staff/accounts/kisarazu-reviewer/disable").with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts"));
        assertThat(enabled("kisarazu-reviewer")).isFalse();
        mvc.perform(post("/staff/accounts/kisarazu-reviewer/enable").with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts"));
        assertThat(enabled("kisarazu-reviewer")).isTrue();

        for (int i = 0; i < 10; i++) {
            Staff.login(mvc, "kisarazu-reviewer", "wrong password!!");
            jdbc.sql("UPDATE login_throttle SET last_failure_at = last_failure_at - interval '1 hour'").update();
        }
        mvc.perform(get("/staff/accounts").with(as(kisarazuAdmin))).andExpect(content().string(containsString("ロック中")));
        mvc.perform(post("/staff/accounts/kisarazu-reviewer/unlock").with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts"));
        assertThat(Staff.login(mvc, "kisarazu-reviewer", PASSWORD).getRedirectedUrl()).isEqualTo("/staff");
    }

    @Test
    void nobodyDisablesTheirOwnAccount() throws Exception {
        mvc.perform(post("/staff/accounts/kisarazu-admin/disable").with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/accounts"));
        assertThat(enabled("kisarazu-admin")).isTrue();
    }

    @Test
    void anAccountIsAddedWithAnEmailAddressThatTheListShows() throws Exception {
        mvc.perform(post("/staff/accounts").with(as(kisarazuAdmin)).with(csrf()).param("username", "suzuki")
                        .param("role", "reviewer").param("email", " suzuki@city.kisarazu.example.jp ")
                        .param("password", "temporary password"))
                .andExpect(redirectedUrl("/staff/accounts"));
        assertThat(accounts.find("suzuki").orElseThrow().email()).isEqualTo("suzuki@city.kisarazu.example.jp");
        mvc.perform(get("/staff/accounts").with(as(kisarazuAdmin)))
                .andExpect(content().string(containsString("value=\"suzuki@city.kisarazu.example.jp\"")));
    }

    @Test
    void aMalformedEmailAddressIsRefusedInJapaneseAndNothingIsStored() throws Exception {
        mvc.perform(post("/staff/accounts").with(as(kisarazuAdmin)).with(csrf()).param("username", "suzuki")
                        .param("role", "reviewer").param("email", "suzuki@kisarazu")
                        .param("password", "temporary password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "メールアドレス「suzuki@kisarazu」の形式が正しくありません（例: tanaka@city.example.lg.jp）。")));
        assertThat(accounts.find("suzuki")).isEmpty();

        mvc.perform(post("/staff/accounts/kisarazu-reviewer/email").with(as(kisarazuAdmin)).with(csrf())
                        .param("email", "two@at@signs.example.jp"))
                .andExpect(redirectedUrl("/staff/accounts"));
        assertThat(accounts.find("kisarazu-reviewer").orElseThrow().email()).isNull();
    }

    @Test
    void anAdministratorSetsAndRemovesAnAccountsEmailAddress() throws Exception {
        mvc.perform(post("/staff/accounts/kisarazu-reviewer/email").with(as(kisarazuAdmin)).with(csrf())
                        .param("email", "shinsa@city.kisarazu.example.jp"))
                .andExpect(redirectedUrl("/staff/accounts"));
        assertThat(accounts.find("kisarazu-reviewer").orElseThrow().email()).isEqualTo("shinsa@city.kisarazu.example.jp");

        mvc.perform(post("/staff/accounts/kisarazu-reviewer/email").with(as(kisarazuAdmin)).with(csrf()).param("email", ""))
                .andExpect(redirectedUrl("/staff/accounts"));
        assertThat(accounts.find("kisarazu-reviewer").orElseThrow().email()).isNull();

        mvc.perform(post("/staff/accounts/chiba-viewer/email").with(as(kisarazuAdmin)).with(csrf())
                        .param("email", "intruder@example.jp"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find("chiba-viewer").orElseThrow().email()).isNull();
    }

    @Test
    void anAccountThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(post("/staff/accounts/ghost/disable").with(as(system)).with(csrf())).andExpect(status().isNotFound());
    }
}
