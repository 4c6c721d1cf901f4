package jp.shinchoku.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.shinchoku.ShinchokuApplication;
import jp.shinchoku.support.ScratchDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one PostgreSQL server, as behind a load balancer: a login
 * made on one is a login on the other, over real HTTP. Runs when SHINCHOKU_TEST_SERVER_URL names
 * the server (CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "SHINCHOKU_TEST_SERVER_URL", matches = "jdbc:postgresql:.+")
class SharedSessionTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static ConfigurableApplicationContext instance(ScratchDatabase database) {
        return new SpringApplicationBuilder(ShinchokuApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--shinchoku.db.url=" + database.url(), "--shinchoku.db.user=" + database.user(),
                        "--spring.main.banner-mode=off",
                        // each instance keeps its own search index, as each server of a cluster does
                        "--shinchoku.search.index-dir=target/test-search/" + java.util.UUID.randomUUID());
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The value of the SESSION cookie the response sets, as "SESSION=…". */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    @Test
    void aLoginMadeOnOneInstanceIsAcceptedByTheOther() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create();
                ConfigurableApplicationContext first = instance(database);
                ConfigurableApplicationContext second = instance(database)) {
            first.getBean(AccountService.class).create(new NewAccount("root", Role.SYSTEM_ADMIN, null, List.of(),
                    "a long enough password", false), Actor.console());

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
            String form = "username=root&password=" + URLEncoder.encode("a long enough password", StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", sessionCookie(page))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
                    assertThat(c).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
            String session = sessionCookie(login);

            HttpResponse<String> there = http.send(HttpRequest.newBuilder(URI.create(base(second) + "/staff"))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(there.statusCode()).isEqualTo(200);
            assertThat(there.body()).contains("root").contains("システム管理者");

            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base(second) + "/staff")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }
}
