package jp.shinchoku.roundbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.support.KisarazuRound;
import jp.shinchoku.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upload form as a browser sends it to the real server: logged in through the login form, the
 * CSRF token taken from the form's hidden field inside the multipart body (not added by a test
 * helper), the file as a part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"shinchoku.db.url=",
        "shinchoku.db.data-dir=target/test-database/${random.uuid}"})
class WorkbookUploadOverHttpTest {

    private static final Pattern CSRF = Pattern.compile(
            "id=\"workbook-upload\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    RoundService rounds;

    @Autowired
    AccountService accounts;

    @Autowired
    PlanStore plans;

    @Test
    void theUploadFormWithItsOwnCsrfTokenTakesTheWorkbookIn() throws Exception {
        KisarazuRound round = KisarazuRound.open(jdbc, imports, rounds, accounts);
        long planId = round.planId();
        long task = round.task("総務部職員課").id();
        round.editor("shokuin-http", "総務部職員課");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get(http, "/login");
        Matcher loginToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(loginToken.find()).isTrue();
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=shokuin-http&password="
                        + URLEncoder.encode(Staff.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + loginToken.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());

        String page = get(http, "/staff/tasks/" + task);
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as(page).isTrue();
        byte[] workbook = RoundWorkbookTest.fill(http.send(HttpRequest.newBuilder(uri("/staff/tasks/" + task
                + "/workbook.xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray()).body(),
                book -> RoundWorkbookTest.set(book.getSheet("実績入力"), "G2", "検討完了"));

        String boundary = "----shinchoku-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"book.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<Void> posted = http.send(HttpRequest.newBuilder(uri("/staff/tasks/" + task + "/workbook"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/staff/tasks/" + task);
        assertThat(get(http, "/staff/tasks/" + task)).contains("照会ブックを取り込みました（1 行、取組 1 件を変更）。");
        assertThat(plans.load(planId).orElseThrow().allInitiatives().get(0).indicators().get(0).valueFor(2023).actual()
                .text()).isEqualTo("検討完了");
    }

    private String get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
