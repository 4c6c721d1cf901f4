package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Role;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.Subcommand;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code shinchoku token}, run as a user runs it against this test's database. */
@DatabaseTest
class TokenCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    AccountService accounts;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void anEditor() {
        TestDatabase.empty(jdbc);
        Staff.organization(jdbc, "木更津市", "情報経営課");
        Staff.account(accounts, "sato", Role.DEPARTMENT_EDITOR, "木更津市", "情報経営課");
    }

    private CommandRun token(String... args) {
        return Subcommand.of("token", dataSource).run(args);
    }

    @Test
    void createPrintsTheTokenOnceAndStoresOnlyItsHash() throws Exception {
        CommandRun run = token("create", "sato", "--name", "集計システム", "--expires-days", "30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String secret = run.out().strip();
        // shk_ and 32 random bytes in unpadded base64url: 43 characters
        assertThat(secret).matches("shk_[A-Za-z0-9_-]{43}");
        assertThat(run.err()).contains("for sato").contains("shown only this once");
        String stored = jdbc.sql("SELECT token_hash FROM api_token").query(String.class).single();
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? OR prefix = ? OR name = ?")
                .params(secret, secret, secret).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT expires_at - created_at FROM api_token").query(String.class).single())
                .startsWith("30 days");
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    @Test
    void listShowsEachTokenByItsPrefixAndRevokeEndsItAndBothAreAudited() throws Exception {
        String secret = token("create", "sato").out().strip();
        long id = jdbc.sql("SELECT id FROM api_token").query(Long.class).single();

        CommandRun list = token("list", "sato");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).startsWith("ID\tUSERNAME\tNAME\tPREFIX\tCREATED\tEXPIRES\tLAST USED\tSTATE\n")
                .contains(id + "\tsato\tapi\t" + secret.substring(0, 10) + "…\t").endsWith("\tactive\n")
                .doesNotContain(secret);

        CommandRun revoke = token("revoke", Long.toString(id));
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        assertThat(revoke.out()).isEqualTo("Revoked token " + id + " (api) of sato\n");
        assertThat(token("list").out()).endsWith("\trevoked\n");
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject = ? ORDER BY id").param("api-token " + id)
                .query(String.class).list()).containsExactly("api-token-created", "api-token-revoked");
    }

    @Test
    void refusesAnUnknownAccountAndAnExpiryOutOfBounds() {
        CommandRun unknown = token("create", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("shinchoku: There is no account nobody.\n");
        CommandRun tooLong = token("create", "sato", "--expires-days", "5000");
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).isEqualTo("shinchoku: A token is valid for 1 to 3650 days.\n");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token").query(Long.class).single()).isZero();
    }
}
