package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.Browser;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Nginx;
import jp.shinchoku.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code shinchoku site export} of the demo data (the five seeds, each published as the demo
 * publishes them), served by nginx with the application stopped.
 */
@DatabaseTest
class SiteExportCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path out;

    private List<SavedPlan> saved;
    private long kisarazuDx;

    @BeforeEach
    void publishTheDemo() {
        saved = TestDatabase.reloadSeeds(jdbc, imports);
        kisarazuDx = saved.get(3).planId();
        for (SavedPlan plan : saved) {
            snapshots.publish(Actor.system("demo"), plan.planId(), LocalDate.of(2024, 3, 31), "取り込み時点 (as imported)", null);
        }
    }

    private CommandRun export(String... more) {
        List<String> args = new ArrayList<>(List.of("site", "export", "--db-url", dataSource.getJdbcUrl(), "--out",
                out.toString(), "--base-url", "https://www.city.example.lg.jp/shinchoku"));
        args.addAll(List.of(more));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void theDemoExportHoldsEveryPageAndNginxServesItToABrowserWithTheApplicationStopped() throws IOException {
        CommandRun run = export();

        assertThat(run.out()).containsPattern("Exported the public site to .*: \\d+ files written, 0 unchanged, 0 removed");
        assertThat(out.resolve("index.html")).exists();
        for (SavedPlan plan : saved) {
            assertThat(out.resolve("plans/" + plan.planId() + "/index.html")).exists();
            assertThat(out.resolve("plans/" + plan.planId() + "/report.pdf")).exists();
        }
        assertThat(out.resolve("opendata/index.html")).exists();
        assertThat(out.resolve("css/shinchoku.css")).exists();
        assertThat(out.resolve("search/search-data.js")).content(StandardCharsets.UTF_8).contains("アクアコイン");
        assertThat(out.resolve("robots.txt")).content(StandardCharsets.UTF_8)
                .contains("Sitemap: https://www.city.example.lg.jp/shinchoku/sitemap.xml");
        assertThat(out.resolve("sitemap.xml")).content(StandardCharsets.UTF_8)
                .contains("<loc>https://www.city.example.lg.jp/shinchoku/plans/" + kisarazuDx + "/</loc>")
                .doesNotContain("staff").doesNotContain("login");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(out::relativize).map(Path::toString))
                    .noneMatch(f -> f.startsWith("staff") || f.startsWith("api") || f.startsWith("login"));
        }
        assertThat(brokenLinks()).isEmpty();

        assumeTrue(Nginx.available() && Browser.available(), "the browser tests need nginx and Chromium");
        try (Nginx nginx = Nginx.serve(out); Browser browser = new Browser(nginx.base())) {
            for (String page : onePageOfEachType()) {
                browser.open("/" + page);
                assertPageWorks(browser, nginx.base(), page);
            }
            browser.open("/index.html").click(titleOf(kisarazuDx));
            assertThat(browser.url()).endsWith("/plans/" + kisarazuDx + "/index.html");

            browser.open("/search/index.html?q=" + URLEncoder.encode("アクアコイン", StandardCharsets.UTF_8));
            WebElement first = browser.find(By.cssSelector("#static-hits li h3 a"));
            assertThat(first.getText()).contains("01-01").contains("電子地域通貨・行政ポイントを活用した地域経済の活性化");
            assertThat(browser.find(By.cssSelector("#static-hits li .where")).getText()).contains("木更津市");
            assertThat(browser.find(By.cssSelector("#static-hits li .snippet mark")).getText()).isEqualTo("アクアコイン");
            assertThat(browser.find(By.id("static-status")).getText()).isEqualTo("2 件中 1–2 件目");
            browser.screenshot("static-export-search");
            first.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/plans/"));
            assertThat(browser.url()).contains("/plans/" + kisarazuDx + "/initiatives/01-01/");
            assertThat(browser.text()).contains("電子地域通貨・行政ポイントを活用した地域経済の活性化");
            // 01-01 has two indicators (seed 003), each drawn as a chart from the exported ECharts files
            assertThat((Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.querySelectorAll('[data-chart]').length")).isEqualTo(2L);
            assertPageWorks(browser, nginx.base(), "initiative 01-01");

            browser.open("/index.html");
            browser.find(By.id("site-search-q")).sendKeys("テレワーク");
            browser.find(By.cssSelector("form.site-search button")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search/"));
            assertThat(browser.find(By.id("static-hits")).getText()).contains("働き方改革の促進");
        }
    }

    @Test
    void exportingAgainRewritesOnlyWhatAPublicationChangedAndRemovesWhatIsNoLongerPublished() throws IOException {
        export();
        CommandRun same = export("--verbose");
        // nothing was published in between: every file, the PDF and Excel reports too, is left as it was
        assertThat(same.out().lines().filter(l -> l.startsWith("written"))).isEmpty();
        assertThat(same.out()).containsPattern(": 0 files written, [1-9]\\d* unchanged, 0 removed");

        long chibaCity = saved.get(0).planId();
        Path otherPlan = out.resolve("plans/" + kisarazuDx + "/index.html");
        String before = Files.readString(otherPlan);
        snapshots.publish(Actor.system("test"), chibaCity, LocalDate.of(2024, 9, 1), "令和6年度 予算時", null);
        CommandRun published = export("--verbose");

        assertThat(published.out()).contains("written   plans/" + chibaCity + "/index.html")
                .doesNotContain("written   plans/" + kisarazuDx + "/index.html")
                .doesNotContain("written   css/shinchoku.css")
                .containsPattern(": [1-9]\\d* files written, [1-9]\\d* unchanged, 0 removed");
        assertThat(Files.readString(otherPlan)).isEqualTo(before);
        assertThat(Files.readString(out.resolve("plans/" + chibaCity + "/index.html"))).contains("令和6年度 予算時");

        // limited to one organization, the export no longer holds the others' pages; the CMS's own files stay
        Path own = out.resolve("kept-by-the-cms.html");
        Files.writeString(own, "<p>CMS</p>");
        CommandRun kisarazu = export("--org", "木更津市", "--verbose");

        assertThat(kisarazu.out()).contains("removed   plans/" + chibaCity + "/index.html")
                .containsPattern("\\d+ unchanged, [1-9]\\d* removed");
        assertThat(out.resolve("plans/" + chibaCity)).doesNotExist();
        assertThat(out.resolve("plans/" + kisarazuDx + "/index.html")).exists();
        assertThat(out.resolve("plans/" + saved.get(4).planId() + "/index.html")).exists();
        assertThat(out.resolve("search/search-data.js")).content(StandardCharsets.UTF_8).contains("\"o\":\"木更津市\"")
                .doesNotContain("\"o\":\"千葉市\"");
        assertThat(own).exists();
        assertThat(brokenLinks()).isEmpty();
    }

    private String titleOf(long planId) {
        return jdbc.sql("SELECT title FROM plan WHERE id = ?").param(planId).query(String.class).single();
    }

    /** The first page of each kind: the path with every name holding a digit made {@code *}. */
    private List<String> onePageOfEachType() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(f -> {
                String page = out.relativize(f).toString();
                pages.putIfAbsent(page.replaceAll("[^/]*\\d[^/]*", "*"), page);
            });
        }
        return List.copyOf(pages.values());
    }

    /** Every link and asset of every exported page that names a file of the export that is not there. */
    private List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element e : doc.select("a[href], link[href], script[src], img[src], form[action]")) {
                    String link = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                    if (link.isEmpty() || link.startsWith("#") || link.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    assertThat(link).as("a relative link in " + page).doesNotStartWith("/");
                    String path = java.net.URLDecoder.decode(link.replaceAll("[?#].*", "").replace("+", "%2B"), StandardCharsets.UTF_8);
                    if (!Files.isRegularFile(page.getParent().resolve(path).normalize())) {
                        broken.add(out.relativize(page) + " → " + link);
                    }
                }
            }
        }
        return broken;
    }

    /**
     * The page has its title, its stylesheet applied and every chart it holds drawn by ECharts;
     * nothing was fetched from anywhere but the export's own server.
     */
    private void assertPageWorks(Browser browser, String base, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(browser.driver().getTitle()).as(page).isNotBlank();
        assertThat((Long) js.executeScript("return document.styleSheets.length ? document.styleSheets[0].cssRules.length : 0"))
                .as("the stylesheet of " + page).isPositive();
        Long charts = (Long) js.executeScript("return document.querySelectorAll('[data-chart]').length");
        if (charts > 0) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> (Boolean) js.executeScript(
                    "return typeof echarts !== 'undefined' && document.querySelectorAll('[_echarts_instance_]').length === "
                            + charts));
            Long empty = (Long) js.executeScript("return Array.from(document.querySelectorAll('[_echarts_instance_]'))"
                    + ".filter(c => !c.querySelector('canvas, svg') || c.offsetHeight === 0).length");
            assertThat(empty).as("charts not drawn on " + page).isZero();
        }
        assertOnlyOwnRequests(browser, base);
    }

    private static void assertOnlyOwnRequests(Browser browser, String base) {
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)");
        assertThat(requests).allMatch(r -> r.startsWith(base + "/"));
    }
}
