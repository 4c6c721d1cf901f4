package jp.shinchoku.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} Shinchoku runs its own embedded PostgreSQL whose files
 * are kept in {@code dataDir}; with a url (SHINCHOKU_DB_URL) it uses that server.
 *
 * @param url      JDBC url of a PostgreSQL server, or empty for the embedded one
 * @param user     user for the server
 * @param password password for the server (from the environment, never from the repository)
 * @param dataDir  directory of the embedded database
 * @param port     port of the embedded database; 0 picks a free one
 */
@ConfigurationProperties("shinchoku.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, Integer port) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    public Path dataDirOrDefault() {
        return dataDir == null ? Path.of("data") : dataDir;
    }
}
