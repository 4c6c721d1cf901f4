package jp.shinchoku.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of public page, on the demo data, in headless Chromium at a desk's width and a
 * phone's: saved as docs/screenshots/portal-*.png, checked by axe-core for serious or critical
 * WCAG 2.1 AA violations, and watched so that no request leaves the server (municipal networks
 * have no internet).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"shinchoku.db.url=",
        "shinchoku.db.data-dir=target/test-database/${random.uuid}", "shinchoku.demo.load-on-start=true"})
class PortalInBrowserTest {

    /** Pages that list many governments' reports, each of its own date, rather than show one report. */
    private static final java.util.Set<String> ACROSS_REPORTS = java.util.Set.of("home", "overview", "search", "opendata");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanStore plans;

    @Autowired
    SnapshotService snapshots;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium is not installed (apt-get install chromium chromium-driver)");
    }

    @Test
    void everyKindOfPublicPageIsAccessibleReadableOnAPhoneAndRequestsNothingFromOutside() {
        Map<String, String> pages = pages();
        List<String> problems = new ArrayList<>();
        String base = "http://localhost:" + port;
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            String width = size[0] < 600 ? "phone" : "desktop";
            try (Browser browser = new Browser(base, size[0], size[1])) {
                pages.forEach((name, path) -> {
                    browser.open(path);
                    if (!browser.driver().findElements(org.openqa.selenium.By.cssSelector(".chart[data-chart]")).isEmpty()) {
                        browser.await(".chart[data-chart] svg");
                    }
                    assertThat(browser.text()).as(name).doesNotContain("Whitelabel");
                    if (!ACROSS_REPORTS.contains(name)) {
                        assertThat(browser.text()).as(name).contains("時点");
                    }
                    if (size[0] < 600) {
                        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (((Number) overflow).intValue() > 0) {
                            problems.add(name + " is " + overflow + "px wider than a phone");
                        }
                    }
                    browser.screenshot("portal-" + name + "-" + width);
                    for (String url : browser.requestedUrls()) {
                        // chrome:// and data: are the browser's own; any other scheme would go over the network
                        if (!url.startsWith(base + "/") && !url.startsWith("chrome:") && !url.startsWith("data:")
                                && !url.startsWith("about:")) {
                            problems.add(name + " requested " + url);
                        }
                    }
                    if (size[0] >= 600) {
                        problems.addAll(seriousViolations(name, new AxeBuilder()
                                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser.driver())));
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theChartsOfAnInitiativeAreDrawnFromTheApplicationsOwnCopyOfECharts() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open(pages().get("initiative")).await(".chart[data-chart] svg");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".chart svg"))).hasSize(2);
            assertThat(browser.requestedUrls()).anyMatch(u -> u.endsWith("/webjars/echarts/5.5.0/echarts.min.js"));
        }
    }

    private static List<String> seriousViolations(String page, Results results) {
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
        return found;
    }

    /**
     * One page of each kind, on the DX plan of 木更津市 (published as imported) with a second
     * report in which 01-01's first actual of 令和6年度 changed, so the comparison has something to show.
     */
    private Map<String, String> pages() {
        long dx = planId("木更津市", "DX%");
        long org = jdbc.sql("SELECT id FROM organization WHERE name = '木更津市'").query(Long.class).single();
        long dept = jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = '情報経営課'").param(org)
                .query(Long.class).single();
        long first = snapshots.snapshots(dx).stream().mapToLong(s -> s.id()).min().orElseThrow();
        if (snapshots.snapshots(dx).size() == 1) {
            // the demo report is as of today (the DX sheets state no date): the second one is a day later
            SecondReport.publish(plans, snapshots, dx, LocalDate.now().plusDays(1));
        }
        long latest = snapshots.snapshots(dx).stream().mapToLong(s -> s.id()).max().orElseThrow();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("overview", "/overview");
        pages.put("search", "/search?q=" + java.net.URLEncoder.encode("テレワーク", java.nio.charset.StandardCharsets.UTF_8));
        pages.put("opendata", "/opendata");
        pages.put("organization", "/organizations/" + org);
        pages.put("department", "/organizations/" + org + "/departments/" + dept);
        pages.put("plan", "/plans/" + dx);
        pages.put("section", "/plans/" + dx + "/sections/01");
        pages.put("initiative", "/plans/" + dx + "/initiatives/01-01");
        pages.put("earlier-initiative", "/plans/" + dx + "/snapshots/" + first + "/initiatives/01-05");
        pages.put("compare", "/plans/" + dx + "/snapshots/" + first + "/compare/" + latest);
        pages.put("reform-plan", "/plans/" + planId("千葉県", "%") + "/sections/" + java.net.URLEncoder.encode("柱2-③",
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        return pages;
    }

    private long planId(String organization, String title) {
        return jdbc.sql("SELECT p.id FROM plan p JOIN organization o ON o.id = p.organization_id "
                + "WHERE o.name = ? AND p.title LIKE ? ORDER BY p.id LIMIT 1").params(organization, title)
                .query(Long.class).single();
    }
}
