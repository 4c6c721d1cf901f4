package jp.shinchoku.cache;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The public response cache.
 *
 * @param enabled    whether public answers are cached at all
 * @param paths      the public GET paths whose answers are cached (Spring path patterns)
 * @param versionTtl how long a publication version read from the database is trusted; an answer
 *                   can be this much older than a publication seen by another instance
 * @param maxSize    how many bytes of answers (plain and compressed together) are kept
 * @param maxEntry   answers larger than this are not kept
 */
@ConfigurationProperties("shinchoku.cache")
public record CacheProperties(Boolean enabled, List<String> paths, Duration versionTtl, DataSize maxSize,
        DataSize maxEntry) {

    public CacheProperties {
        enabled = enabled == null || enabled;
        paths = paths == null ? List.of("/", "/plans/**", "/organizations/**", "/overview", "/search",
                "/api/v1/**") : List.copyOf(paths);
        versionTtl = versionTtl == null ? Duration.ofSeconds(1) : versionTtl;
        maxSize = maxSize == null ? DataSize.ofMegabytes(128) : maxSize;
        maxEntry = maxEntry == null ? DataSize.ofMegabytes(4) : maxEntry;
    }
}
