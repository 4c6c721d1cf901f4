package jp.shinchoku.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data source: an embedded PostgreSQL by default, a real server when one is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("shinchoku");
        config.setMaximumPoolSize(10);
        if (properties.embedded()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
            log.info("Using the PostgreSQL server at {}", properties.url());
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return properties.embedded() ? EmbeddedDatabase.start(properties) : EmbeddedDatabase.none();
    }

    /** The embedded server's lifetime, tied to the application context. */
    static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;

        private EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        static EmbeddedDatabase start(DatabaseProperties properties) {
            Path dir = properties.dataDirOrDefault().toAbsolutePath();
            try {
                Files.createDirectories(dir);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setPort(properties.port() == null ? 0 : properties.port())
                        .start();
                log.info("Embedded PostgreSQL started; data in {}", dir);
                return new EmbeddedDatabase(postgres);
            } catch (IOException | RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("lock")) {
                    throw new DatabaseUnavailableException("The database in " + dir + " is in use by another Shinchoku"
                            + " (is the server running?). Stop it first, or choose another folder with --data-dir.", e);
                }
                throw new DatabaseUnavailableException("Cannot start the embedded PostgreSQL with data in " + dir + ": "
                        + e.getMessage(), e);
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
