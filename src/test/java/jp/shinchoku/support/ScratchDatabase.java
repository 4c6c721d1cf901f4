package jp.shinchoku.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL server named by SHINCHOKU_TEST_SERVER_URL, created
 * for one test and dropped (with any connection still open) when it closes.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String admin;
    private final String user;
    private final String name;

    private ScratchDatabase(String admin, String user, String name) {
        this.admin = admin;
        this.user = user;
        this.name = name;
    }

    public static ScratchDatabase create() throws SQLException {
        String admin = System.getenv("SHINCHOKU_TEST_SERVER_URL");
        String user = System.getenv().getOrDefault("SHINCHOKU_TEST_SERVER_USER", "postgres");
        String name = "shinchoku_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return new ScratchDatabase(admin, user, name);
    }

    public String url() {
        return admin.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    public String user() {
        return user;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
