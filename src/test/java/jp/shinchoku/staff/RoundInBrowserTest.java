package jp.shinchoku.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Actor;
import jp.shinchoku.account.NewAccount;
import jp.shinchoku.account.Role;
import jp.shinchoku.support.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole reporting round in headless Chromium on the demo data, as the people who do it would:
 * the planning division opens it, 産業振興課 of 木更津市 enters an actual and a note and submits,
 * the reviewer returns it, the department corrects and resubmits, the reviewer approves and the
 * planning division publishes. Saves screenshots of the staff screens to docs/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"shinchoku.db.url=",
        "shinchoku.db.data-dir=target/test-database/${random.uuid}", "shinchoku.demo.load-on-start=true"})
class RoundInBrowserTest {

    static final String PASSWORD = "kisarazu-test-password";
    static final String DX_PLAN = "DX推進計画 施策シート";
    static final String INITIATIVE = "電子地域通貨・行政ポイントを活用した地域経済の活性化";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium is not installed (apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void accountsOfKisarazu() {
        for (NewAccount account : List.of(
                new NewAccount("kikaku", Role.ORG_ADMIN, "木更津市", List.of(), PASSWORD, false),
                new NewAccount("shinsa", Role.REVIEWER, "木更津市", List.of(), PASSWORD, false),
                new NewAccount("sangyo", Role.DEPARTMENT_EDITOR, "木更津市", List.of("産業振興課"), PASSWORD, false),
                new NewAccount("joho", Role.DEPARTMENT_EDITOR, "木更津市", List.of("情報経営課"), PASSWORD, false))) {
            if (accounts.find(account.username()).isEmpty()) {
                accounts.create(account, Actor.console());
            }
        }
    }

    @Test
    void aWholeRoundIsWalkedFromOpeningToPublicationAndThePublicPageShowsTheNewValueAsOfTheNewDate() {
        String base = "http://localhost:" + port;
        long planId;
        long roundId;
        try (Browser planner = new Browser(base)) {
            planner.logIn("kikaku", PASSWORD).screenshot("staff-home");
            planner.open("/staff/plans").click(DX_PLAN);
            planId = Long.parseLong(planner.url().replaceAll(".*/", ""));
            planner.screenshot("staff-plan");
            planner.click("照会を始める");
            planner.find(By.id("title")).sendKeys("令和7年度 予算時");
            new Select(planner.find(By.id("fiscalYear"))).selectByVisibleText("令和7年度 (2025)");
            planner.set("asOf", "2025-10-01").set("deadline", "2025-10-31").screenshot("staff-round-new");
            planner.press("照会を始める");
            roundId = Long.parseLong(planner.url().replaceAll(".*/", ""));
            assertThat(planner.text()).contains("照会「令和7年度 予算時」を始めました").contains("産業振興課").contains("未着手");
        }
        long taskId;
        try (Browser department = new Browser(base)) {
            department.logIn("sangyo", PASSWORD);
            assertThat(department.text()).contains("令和7年度 予算時").contains("照会「令和7年度 予算時」が始まりました");
            department.click("令和7年度 予算時");
            taskId = Long.parseLong(department.url().replaceAll(".*/", ""));
            department.screenshot("staff-task").click(INITIATIVE);
            department.fill("成果目標① 令和7年度 (2025) 実績", "41,000千円")
                    .fill("成果目標① 令和7年度 (2025) 備考", "4月から9月の月平均")
                    .press("指標の値を保存");
            assertThat(department.text()).contains("保存しました。");
            department.screenshot("staff-initiative");
            department.open("/staff/tasks/" + taskId).press("提出する");
            assertThat(department.text()).contains("提出しました。").contains("提出済");
        }
        try (Browser reviewer = new Browser(base)) {
            reviewer.logIn("shinsa", PASSWORD).click("令和7年度 予算時");
            reviewer.find(By.id("return-comment")).sendKeys("9月分を含めた見込みで入力してください");
            reviewer.press("差し戻す");
            assertThat(reviewer.text()).contains("差し戻しました。");
        }
        try (Browser department = new Browser(base)) {
            department.logIn("sangyo", PASSWORD).open("/staff/tasks/" + taskId);
            assertThat(department.text()).contains("差し戻されました: 9月分を含めた見込みで入力してください");
            department.click(INITIATIVE).fill("成果目標① 令和7年度 (2025) 実績", "41,500千円").press("指標の値を保存");
            department.open("/staff/tasks/" + taskId).press("提出する");
        }
        try (Browser reviewer = new Browser(base)) {
            reviewer.logIn("shinsa", PASSWORD).click("令和7年度 予算時").press("承認する");
            reviewer.open("/staff/rounds/" + roundId).screenshot("staff-round-board");
            assertThat(reviewer.text()).contains("承認済");
        }
        long initiativeId = jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = '01-01'").param(planId)
                .query(Long.class).single();
        try (Browser planner = new Browser(base)) {
            planner.logIn("kikaku", PASSWORD).open("/staff/rounds/" + roundId);
            planner.find(By.name("evenIfUnapproved")).click();
            planner.press("公表する");
            assertThat(planner.text()).contains("「令和7年度 予算時」を 2025-10-01 時点で公表しました。");
            planner.open("/staff/initiatives/" + initiativeId + "/history").screenshot("staff-history");
            assertThat(planner.text()).contains("41,000千円").contains("41,500千円").contains("sangyo")
                    .contains("値の入力").contains("取り込み");
            planner.open("/staff/audit").screenshot("staff-audit");
            assertThat(planner.text()).contains("open-round").contains("record-values").contains("submit")
                    .contains("return").contains("approve").contains("publish").contains("login");
            planner.open("/staff/tokens").find(By.id("name")).sendKeys("庁内集計システム");
            planner.press("作成する");
            String secret = planner.find(By.cssSelector(".token-secret code")).getText();
            assertThat(secret).startsWith("shk_").hasSizeGreaterThan(20);
            assertThat(planner.text()).contains("トークン「庁内集計システム」を作成しました")
                    .contains("このトークンが表示されるのは今回だけです。");
            // the screenshot is of the list, after the one showing: no secret goes into the repository
            assertThat(planner.open("/staff/tokens").screenshot("staff-tokens").text()).contains("庁内集計システム")
                    .doesNotContain(secret)
                    .doesNotContain("表示されるのは今回だけ");
        }
        try (Browser citizen = new Browser(base)) {
            citizen.open("/plans/" + planId + "/initiatives/01-01");
            assertThat(citizen.text()).contains("令和7年10月1日 (2025-10-01) 時点の公表").contains("41,500千円");
            citizen.open("/plans/" + planId);
            String earlier = citizen.find(By.xpath("//section[contains(@class, 'history')]//a[contains(., '取り込み時点')]"))
                    .getAttribute("href").replaceFirst("^https?://[^/]+", "");
            citizen.open(earlier + "/initiatives/01-01");
            assertThat(citizen.text()).contains("取り込み時点 (as imported)");
            assertThat(citizen.text()).doesNotContain("41,500千円").doesNotContain("41,000千円");
        }
    }

    @Test
    void twoPeopleSavingTheSameInitiativeFromTheSamePageTheSecondGetsTheConflictPage() {
        String base = "http://localhost:" + port;
        long id = jdbc.sql("""
                SELECT i.id FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE p.title = ? AND i.code = '01-05'""")
                .param(DX_PLAN).query(Long.class).single();
        try (Browser department = new Browser(base); Browser planner = new Browser(base)) {
            department.logIn("joho", PASSWORD).open("/staff/initiatives/" + id);
            planner.logIn("kikaku", PASSWORD).open("/staff/initiatives/" + id);
            department.fill("成果目標① 令和7年度 (2025) 実績", "2施設").press("指標の値を保存");
            assertThat(department.text()).contains("保存しました。");
            planner.fill("成果目標① 令和7年度 (2025) 実績", "3施設").press("指標の値を保存");
            assertThat(planner.text()).contains("他の人が先に保存しました").contains("3施設").contains("2施設");
            planner.screenshot("staff-conflict");
        }
        assertThat(jdbc.sql("""
                SELECT v.actual_text FROM indicator_value v JOIN indicator k ON k.id = v.indicator_id
                WHERE k.initiative_id = ? AND k.label = '成果目標①' AND v.fiscal_year = 2025""").param(id)
                .query(String.class).single()).isEqualTo("2施設");
    }
}
