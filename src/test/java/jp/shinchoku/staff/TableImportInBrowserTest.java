package jp.shinchoku.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Actor;
import jp.shinchoku.account.NewAccount;
import jp.shinchoku.account.Role;
import jp.shinchoku.support.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A planning division brings in a KPI table whose last column the import does not understand: it
 * sees the column marked with FILE:ROW:COLUMN, says what the column holds, checks the evaluated
 * plan and imports it. Saves screenshots of the mapping screen to docs/screenshots/.
 */
// the same configuration as RoundInBrowserTest, so that both share one running application
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"shinchoku.db.url=",
        "shinchoku.db.data-dir=target/test-database/${random.uuid}", "shinchoku.demo.load-on-start=true"})
class TableImportInBrowserTest {

    static final String PASSWORD = "kisarazu-test-password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium is not installed (apt-get install chromium chromium-driver)");
    }

    @Test
    void aColumnTheImportDidNotUnderstandIsSetOnTheMappingScreenAndThePlanImports(@TempDir Path dir) throws Exception {
        if (accounts.find("kikaku").isEmpty()) {
            accounts.create(new NewAccount("kikaku", Role.ORG_ADMIN, "木更津市", List.of(), PASSWORD, false), Actor.console());
        }
        Path table = Files.writeString(dir.resolve("kpi-r5.csv"), """
                第2期 木更津市まち・ひと・しごと創生総合戦略 KPI一覧
                基本目標,施策,指標名称(単位),担当課,令和3年度,令和4年度,令和5年度,目標値(令和7年度),補正値
                1 稼ぐ力を高める,1-1 農業の振興,新規就農者数(人),農政課,8,11,9,50,10
                1 稼ぐ力を高める,1-1 農業の振興,認定農業者数(経営体),農政課,212,215,220,250,218
                1 稼ぐ力を高める,1-2 観光の振興,観光入込客数(万人),観光振興課,312.5,401.2,455.0,500,450
                2 安心して暮らせる,2-1 子育て支援,待機児童数(人),保育課,12,5,0,0,0
                """, StandardCharsets.UTF_8);
        try (Browser planner = new Browser("http://localhost:" + port, 1400, 900)) {
            planner.logIn("kikaku", PASSWORD).open("/staff/import");
            planner.find(By.id("file")).sendKeys(table.toAbsolutePath().toString());
            planner.set("title", "総合戦略 KPI（表から）").press("取り込む");
            assertThat(planner.text()).contains("何も保存していません").contains("kpi-r5.csv:2:9: 見出し「補正値」を読み取れません");
            planner.screenshot("staff-table-import-problem");

            new Select(planner.find(By.id("role-8"))).selectByValue("VALUE");
            planner.find(By.id("year-8")).sendKeys("令和5年度");
            new Select(planner.find(By.id("kind-8"))).selectByValue("TARGET");
            planner.press("この読み方で読み直す");
            assertThat(planner.text()).doesNotContain("何も保存していません").contains("取り込まれる計画と評価")
                    .contains("目標 10");
            // 新規就農者数 令和5年度: 9 of the target 10 = 90.0% → B; 認定農業者数: 220 of 218 = 100.9% → A
            assertThat(planner.text()).contains("B 概ね達成").contains("90.0%").contains("A 達成").contains("100.9%");
            planner.screenshot("staff-table-import-mapping");

            planner.press("取り込む");
            assertThat(planner.url()).contains("/staff/plans/");
            assertThat(planner.text()).contains("総合戦略 KPI（表から）");
        }
    }
}
