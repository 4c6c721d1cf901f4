package jp.shinchoku.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import jp.shinchoku.ShinchokuApplication;
import jp.shinchoku.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Import, export and the other commands start Shinchoku without its web server. */
@DatabaseTest
class BatchCommandsTest {

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path dir;

    @Test
    void aContextWithoutTheWebServerLeavesTheSearchIndexAlone() {
        Path index = dir.resolve("search-index");
        try (ConfigurableApplicationContext batch = new SpringApplicationBuilder(ShinchokuApplication.class)
                .web(WebApplicationType.NONE)
                .run("--shinchoku.db.url=" + dataSource.getJdbcUrl(), "--shinchoku.search.index-dir=" + index)) {
            assertThat(batch.getBean(SearchIndex.class).isRunning()).isFalse();
            assertThat(index).doesNotExist();
        }
    }
}
