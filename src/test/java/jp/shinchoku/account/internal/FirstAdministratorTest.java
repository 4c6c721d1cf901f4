package jp.shinchoku.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.AccountSummary;
import jp.shinchoku.account.Role;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    @Autowired
    FirstAdministrator first;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void noAccounts() {
        TestDatabase.empty(jdbc);
    }

    @Test
    void withNoAccountTheSystemAdministratorIsCreatedWithAOneTimePasswordPrintedOnce(CapturedOutput output) throws Exception {
        String password = first.createIfNoAccount();

        assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{20}");
        AccountSummary admin = accounts.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.SYSTEM_ADMIN);
        assertThat(admin.organizationId()).isNull();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(output.getOut() + output.getErr()).containsOnlyOnce(password)
                .contains("初回起動: システム管理者 admin を作成しました / First start: created the system administrator 'admin'."
                        + " 初期パスワード / one-time password: " + password);

        assertThat(first.createIfNoAccount()).as("a second start changes nothing").isNull();
        assertThat(output.getOut() + output.getErr()).containsOnlyOnce(password);

        var session = Staff.session(mvc, "admin", password);
        mvc.perform(get("/staff").cookie(session)).andExpect(redirectedUrl("/staff/password"));
    }

    @Test
    void withAnyAccountNothingIsCreated() {
        Staff.organization(jdbc, "木更津市");
        Staff.account(accounts, "sato", Role.VIEWER, "木更津市");
        assertThat(first.createIfNoAccount()).isNull();
        assertThat(accounts.find("admin")).isEmpty();
    }
}
