package jp.shinchoku.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import jp.shinchoku.cli.ShinchokuCommand;
import jp.shinchoku.importer.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the server mode against a real PostgreSQL server. Runs when SHINCHOKU_TEST_SERVER_URL
 * names a database on that server from which a scratch database can be created (CI sets it to
 * the server on 127.0.0.1:5432); a machine without a server skips it.
 */
@EnabledIfEnvironmentVariable(named = "SHINCHOKU_TEST_SERVER_URL", matches = "jdbc:postgresql:.+")
class ServerModeTest {

    @TempDir
    Path dir;

    @Test
    void importsAndExportsAPlanOnAPostgresqlServer() throws Exception {
        String admin = System.getenv("SHINCHOKU_TEST_SERVER_URL");
        String user = System.getenv().getOrDefault("SHINCHOKU_TEST_SERVER_USER", "postgres");
        String database = "shinchoku_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
        String url = admin.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        try {
            Path seed = Files.write(dir.resolve(Seeds.REFORM_PROGRESS), Seeds.bytes(Seeds.REFORM_PROGRESS));
            assertThat(ShinchokuCommand.commandLine().execute("import", "--db-url", url, seed.toString())).isZero();
            Path out = dir.resolve("export.json");
            assertThat(ShinchokuCommand.commandLine().execute("export", "--db-url", url, "--plan", "1", "-o", out.toString()))
                    .isZero();
            assertThat(Files.readString(out)).contains("\"organization\" : \"木更津市\"").contains("\"asOf\" : \"2023-09-01\"");
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT count(*) FROM initiative")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(15);
            }
        } finally {
            try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
