package jp.shinchoku.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.shinchoku.ShinchokuApplication;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one PostgreSQL server, each with its own page cache: a publication made through
 * one is served by the other without anybody telling it. Runs when SHINCHOKU_TEST_SERVER_URL names
 * the server (CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "SHINCHOKU_TEST_SERVER_URL", matches = "jdbc:postgresql:.+")
class SharedPublicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext instance(ScratchDatabase database) {
        return new SpringApplicationBuilder(ShinchokuApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--shinchoku.db.url=" + database.url(), "--shinchoku.db.user=" + database.user(),
                        "--spring.main.banner-mode=off", "--shinchoku.cache.version-ttl=0s",
                        "--shinchoku.search.index-dir=target/test-search/" + java.util.UUID.randomUUID());
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPublicationThroughOneInstanceIsServedByTheOtherUnderANewEtag() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create();
                ConfigurableApplicationContext first = instance(database);
                ConfigurableApplicationContext second = instance(database)) {
            long planId = first.getBean(ImportService.class).store(List.of(SeedDocuments.all().get(4)), "test").get(0)
                    .planId();
            HttpResponse<String> before = get(second, "/plans/" + planId);
            assertThat(before.body()).contains("この計画はまだ公表されていません");
            assertThat(get(second, "/plans/" + planId).headers().firstValue("ETag"))
                    .isEqualTo(before.headers().firstValue("ETag"));

            long organization = first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
            first.getBean(SnapshotService.class).publish(new Actor("kikaku", Actor.Authority.ORGANIZATION, organization,
                    Set.of()), planId, LocalDate.of(2024, 5, 31), "令和5年度 決算時", null);

            HttpResponse<String> after = get(second, "/plans/" + planId);
            assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(before.headers().firstValue("ETag"));
            assertThat(after.body()).contains("令和6年5月31日 (2024-05-31) 時点の公表")
                    .doesNotContain("この計画はまだ公表されていません");
        }
    }
}
