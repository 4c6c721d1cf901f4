package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.AccountSummary;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.Subcommand;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code shinchoku user}, run as a user runs it against this test's database. */
@DatabaseTest
class UserCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    AccountService accounts;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void kisarazu() {
        TestDatabase.empty(jdbc);
        Staff.organization(jdbc, "木更津市", "情報政策課", "健康推進課");
    }

    private CommandRun user(String stdin, String... args) {
        return Subcommand.of("user", dataSource).withInput(stdin, args);
    }

    @Test
    void addsADepartmentEditorWithThePasswordFromStdinWhoCanThenLogIn() throws Exception {
        CommandRun run = user("a long enough password\n", "add", "sato", "--role", "department-editor", "--org", "木更津市",
                "--department", "情報政策課", "--department", "健康推進課", "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Created sato (department-editor, 木更津市, 健康推進課,情報政策課)\n");
        AccountSummary sato = accounts.find("sato").orElseThrow();
        assertThat(sato.mustChangePassword()).isFalse();
        assertThat(Staff.login(mvc, "sato", "a long enough password").getRedirectedUrl()).isEqualTo("/staff");
    }

    @Test
    void listsEveryAccountAsATable() {
        user("a long enough password\n", "add", "root", "--role", "SYSTEM_ADMIN", "--password-stdin");
        user("a long enough password\n", "add", "sato", "--role", "department-editor", "--org", "木更津市",
                "--department", "情報政策課", "--password-stdin", "--email", "sato@city.kisarazu.example.jp");
        user("", "disable", "sato");

        CommandRun list = user("", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).isEqualTo("""
                USERNAME\tROLE\tORGANIZATION\tDEPARTMENTS\tENABLED\tLOCKED\tEMAIL
                root\tsystem-admin\t-\t-\tyes\tno\t-
                sato\tdepartment-editor\t木更津市\t情報政策課\tno\tno\tsato@city.kisarazu.example.jp
                """);
    }

    @Test
    void disableEnableAndUnlockChangeTheAccount() throws Exception {
        user("a long enough password\n", "add", "sato", "--role", "viewer", "--org", "木更津市", "--password-stdin");

        assertThat(user("", "disable", "sato").out()).isEqualTo("Disabled sato\n");
        assertThat(accounts.find("sato").orElseThrow().enabled()).isFalse();
        assertThat(Staff.login(mvc, "sato", "a long enough password").getRedirectedUrl()).isEqualTo("/login?error");

        assertThat(user("", "enable", "sato").out()).isEqualTo("Enabled sato\n");
        assertThat(accounts.find("sato").orElseThrow().enabled()).isTrue();
        assertThat(user("", "unlock", "sato").exitCode()).isZero();
    }

    @Test
    void anUnknownOrganizationIsRefusedWithTheCloseNamesAndNothingIsStored() {
        Staff.organization(jdbc, "木更津市役所");
        CommandRun run = user("a long enough password\n", "add", "sato", "--role", "viewer", "--org", "木更津", "--password-stdin");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("shinchoku: The organization \"木更津\" is not registered (close names: 木更津市、木更津市役所)."
                + " Organizations are registered by importing their plans.\n");
        assertThat(accounts.find("sato")).isEmpty();
    }

    @Test
    void anUnknownDepartmentIsRefusedWithTheCloseNames() {
        CommandRun run = user("a long enough password\n", "add", "sato", "--role", "department-editor", "--org", "木更津市",
                "--department", "康推進課", "--password-stdin");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("The department \"康推進課\" is not registered for 木更津市 (close names: 健康推進課)");
        assertThat(accounts.find("sato")).isEmpty();
    }

    @Test
    void badInputExitsWithTwo() {
        assertThat(user("short\n", "add", "sato", "--role", "viewer", "--org", "木更津市", "--password-stdin").err())
                .contains("The password must have at least 12 characters.");
        assertThat(user("a long enough password\n", "add", "sato", "--role", "department-editor", "--org", "木更津市",
                "--password-stdin").err()).contains("A department editor needs at least one department.");
        CommandRun role = user("a long enough password\n", "add", "sato", "--role", "mayor", "--org", "木更津市", "--password-stdin");
        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).contains("unknown role \"mayor\"");
        CommandRun noStdin = user("a long enough password\n", "add", "sato", "--role", "viewer", "--org", "木更津市");
        assertThat(noStdin.exitCode()).isEqualTo(2);
        assertThat(noStdin.err()).contains("--password-stdin");
        assertThat(accounts.find("sato")).isEmpty();
    }

    @Test
    void theEmailAddressIsSetChangedAndRemovedLater() {
        user("a long enough password\n", "add", "sato", "--role", "viewer", "--org", "木更津市", "--password-stdin");
        assertThat(accounts.find("sato").orElseThrow().email()).isNull();

        CommandRun set = user("", "email", "sato", "sato@city.kisarazu.example.jp");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("Set the e-mail address of sato\n");
        assertThat(accounts.find("sato").orElseThrow().email()).isEqualTo("sato@city.kisarazu.example.jp");

        assertThat(user("", "email", "sato").out()).isEqualTo("Removed the e-mail address of sato\n");
        assertThat(accounts.find("sato").orElseThrow().email()).isNull();
    }

    @Test
    void aMalformedEmailAddressIsRefusedAndNothingIsStored() {
        CommandRun add = user("a long enough password\n", "add", "sato", "--role", "viewer", "--org", "木更津市",
                "--password-stdin", "--email", "sato.city.kisarazu.example.jp");
        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err()).isEqualTo("shinchoku: The e-mail address \"sato.city.kisarazu.example.jp\" is not valid"
                + " (e.g. tanaka@city.example.lg.jp).\n");
        assertThat(accounts.find("sato")).isEmpty();

        user("a long enough password\n", "add", "sato", "--role", "viewer", "--org", "木更津市", "--password-stdin",
                "--email", "sato@city.kisarazu.example.jp");
        CommandRun change = user("", "email", "sato", "sato@kisarazu");
        assertThat(change.exitCode()).isEqualTo(2);
        assertThat(accounts.find("sato").orElseThrow().email()).isEqualTo("sato@city.kisarazu.example.jp");
    }

    @Test
    void disablingAnAccountThatDoesNotExistFailsWithOne() {
        CommandRun run = user("", "disable", "ghost");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("shinchoku: There is no account ghost.\n");
    }

    @Test
    void everyUserCommandHasHelp() {
        for (String command : new String[] {"add", "list", "disable", "enable", "unlock", "email"}) {
            CommandRun run = CommandRun.of("user", command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: shinchoku user " + command);
        }
    }
}
