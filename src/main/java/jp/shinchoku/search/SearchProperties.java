package jp.shinchoku.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search index lives and how often it is compared with the database.
 *
 * @param indexDir      the index's directory; rebuilt from PostgreSQL when missing
 * @param checkInterval how often each plan's version is compared with the indexed one; zero turns
 *                      the check off (then only start-up and {@link SearchIndex#reindex} update it)
 */
@ConfigurationProperties("shinchoku.search")
public record SearchProperties(Path indexDir, Duration checkInterval) {

    public SearchProperties {
        if (indexDir == null) {
            indexDir = Path.of("data", "search-index");
        }
        if (checkInterval == null) {
            checkInterval = Duration.ofSeconds(5);
        }
        if (checkInterval.isNegative()) {
            throw new IllegalArgumentException("shinchoku.search.check-interval must not be negative: " + checkInterval);
        }
    }
}
