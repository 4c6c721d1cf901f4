package jp.shinchoku.cache;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's publication stamp, bumped at the commit of any change to public data by whichever
 * instance made it. Read at most once per {@code shinchoku.cache.version-ttl}: one primary-key read
 * of a one-row table.
 */
@Component
@EnableConfigurationProperties(CacheProperties.class)
public class PublicationVersion {

    private final JdbcClient jdbc;
    private final long ttlNanos;
    private volatile Read last = new Read(-1, 0);

    PublicationVersion(JdbcClient jdbc, CacheProperties properties) {
        this.jdbc = jdbc;
        this.ttlNanos = properties.versionTtl().toNanos();
    }

    private record Read(long version, long readAt) {
    }

    /** The stamp as last read, read again when older than the time to live. */
    public long current() {
        Read read = last;
        long now = System.nanoTime();
        if (read.version() < 0 || now - read.readAt() >= ttlNanos) {
            read = new Read(jdbc.sql("SELECT version FROM publication_stamp").query(Long.class).single(), now);
            last = read;
        }
        return read.version();
    }
}
