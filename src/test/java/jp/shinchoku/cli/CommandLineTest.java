package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import jp.shinchoku.importer.Seeds;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The command line as a user runs it. Commands that store run against this test's database,
 * named with --db-url, so that the test can count what they did and did not write.
 */
@DatabaseTest
class CommandLineTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.empty(jdbc);
    }

    private Path seed(String name) throws Exception {
        return Files.write(dir.resolve(name), Seeds.bytes(name));
    }

    private String dbUrl() {
        return dataSource.getJdbcUrl();
    }

    @Test
    void aDryRunPrintsThePlanDocumentAndStoresNothing() throws Exception {
        Map<String, Long> before = TestDatabase.rowCounts(jdbc);
        CommandRun run = CommandRun.of("import", "--dry-run", "--json", seed(Seeds.REFORM_PROGRESS).toString());

        assertThat(run.exitCode()).isZero();
        PlanDocument plan = PlanDocumentJson.read(run.out());
        assertThat(plan.organization()).isEqualTo("木更津市");
        assertThat(plan.asOf()).hasToString("2023-09-01");
        assertThat(plan.allInitiatives()).hasSize(15);
        assertThat(TestDatabase.rowCounts(jdbc)).isEqualTo(before);
    }

    @Test
    void aDryRunOfADocumentWithoutItsOrganisationShowsItAndWarns() throws Exception {
        Path seed = seed(Seeds.DX_SHEETS);
        CommandRun run = CommandRun.of("import", "--dry-run", "--json", seed.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(PlanDocumentJson.read(run.out()).organization()).isNull();
        assertThat(run.err()).contains(seed + ":1: warning: the document does not name its organisation");

        CommandRun store = CommandRun.of("import", "--db-url", dbUrl(), seed.toString());
        assertThat(store.exitCode()).isEqualTo(2);
        assertThat(store.err()).contains(seed + ":1: the document does not name its organisation: give it with --org");
    }

    @Test
    void verboseSaysHowLongReadingTook() throws Exception {
        CommandRun run = CommandRun.of("import", "--dry-run", "--verbose", seed(Seeds.DX_SHEETS).toString(), "--org", "木更津市");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).containsPattern("kisarazu-dx-policy-sheet, 30 initiatives, read in [0-9.]+ ms");
    }

    @Test
    void importsExportsAndListsPlansInTheGivenDatabase() throws Exception {
        CommandRun imported = CommandRun.of("import", "--db-url", dbUrl(), "--org", "千葉市",
                seed(Seeds.MANIFESTO).toString(), seed(Seeds.CITY_REFORM).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported plan 1 (revision 1): 千葉市 / 市長マニフェストに関する取組み, 62 initiatives");

        CommandRun list = CommandRun.of("plans", "--db-url", dbUrl());
        assertThat(list.out()).contains("2\t千葉市\t行政改革の推進について\t令和4年度 (2022)\t-\t15\t0\t1");

        Path out = dir.resolve("plan-1.json");
        assertThat(CommandRun.of("export", "--db-url", dbUrl(), "--plan", "1", "-o", out.toString()).exitCode()).isZero();
        CommandRun dry = CommandRun.of("import", "--dry-run", "--json", "--org", "千葉市", seed(Seeds.MANIFESTO).toString());
        assertThat(Files.readString(out)).isEqualTo(dry.out());
    }

    @Test
    void exportingAPlanThatDoesNotExistFails() {
        CommandRun run = CommandRun.of("export", "--db-url", dbUrl(), "--plan", "99");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("there is no plan 99");
    }

    @Test
    void aBrokenFileAmongGoodOnesStoresNothingAndExitsWithTwo() throws Exception {
        CommandRun.of("import", "--db-url", dbUrl(), seed(Seeds.MANIFESTO).toString());
        Map<String, Long> before = TestDatabase.rowCounts(jdbc);
        String[] lines = new String(Seeds.bytes(Seeds.DX_SHEETS), StandardCharsets.UTF_8).split("\n", -1);
        Path cut = Files.writeString(dir.resolve("cut.txt"), String.join("\n", Arrays.copyOf(lines, 50)));
        Path unknown = Files.writeString(dir.resolve("minutes.txt"), "議事録\n出席者\t5名\n");
        Path binary = Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        CommandRun run = CommandRun.of("import", "--db-url", dbUrl(), "--org", "木更津市",
                seed(Seeds.REFORM_PROGRESS).toString(), cut.toString(), unknown.toString(), binary.toString(), empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).contains(
                cut + ":46: sheet 01-03 (line 46) ends before its schedule and targets (取組みスケジュールと成果目標): the document is cut off",
                empty + ":1: the file is empty: there is no plan to import",
                "Nothing was imported.");
        assertThat(run.err()).contains(unknown + ":1: unknown layout").contains(binary + ":1: this is a binary file");
        assertThat(TestDatabase.rowCounts(jdbc)).isEqualTo(before);
    }

    @Test
    void evaluatesAStoredPlanAndRecordsJudgements() throws Exception {
        CommandRun.of("import", "--db-url", dbUrl(), "--org", "木更津市", seed(Seeds.DX_SHEETS).toString());

        CommandRun table = CommandRun.of("evaluate", "--db-url", dbUrl(), "--plan", "1");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines()).contains(
                "INITIATIVE\tINDICATOR\tDIRECTION\tYEAR\tTARGET\tACTUAL\tRATE\tGRADE\tBASIS\tTREND",
                "01-01\t成果目標① 月間利用金額 (年度月平均)\tincrease\t令和4年度 (2022)\t30,000千円\t40,529千円\t135.1%\tA 達成"
                        + "\t実績 40,529千円 ÷ 目標 30,000千円 = 135.1%\t",
                "01-01\t成果目標① 月間利用金額 (年度月平均)\tincrease\t令和5年度 (2023)\t35,000千円\t62,588千円\t178.8%\tA 達成"
                        + "\t実績 62,588千円 ÷ 目標 35,000千円 = 178.8%\t改善（令和4年度 → 令和5年度: 40,529千円 → 62,588千円）");
        assertThat(table.out()).contains("\tA 達成 見込\t実績 3人 ÷ 目標 3人 = 100.0%（見込: 実績に「申請中」、確定値ではない）\t")
                .contains("\t— (pending) 提案 D 未達成\t定性的な目標: 担当者の判断待ち（shinchoku judge で判断と理由を記録） 提案の理由: 実績に「調整中」: まだ完了していない\t")
                .contains("\t悪化（令和5年度 → 令和6年度: 小 11.7% → 13.8%、中 15.2% → 15.7%（少ないほど良い））"
                        + " ⚠ 減らす指標が前年度より悪化: 基準値がなく達成率は 目標 ÷ 実績 のため、評価は悪化を映さない")
                .contains("# 評価に含めていない指標: 判定待ち 9件（うち提案 3件）、見込 1件、比較不能 1件");

        CommandRun judged = CommandRun.of("judge", "--db-url", dbUrl(), "--plan", "1", "--initiative", "01-12",
                "--indicator", "成果目標①", "--year", "R4", "--grade", "B", "--reason", "概ね遅延なし", "--by", "佐藤");
        assertThat(judged.out()).contains("Judged 01-12 成果目標① 令和4年度 (2022): B 概ね達成");
        assertThat(CommandRun.of("evaluate", "--db-url", dbUrl(), "--plan", "1").out())
                .contains("B 概ね達成\t担当者の判断（佐藤）: 概ね遅延なし");

        CommandRun both = CommandRun.of("judge", "--db-url", dbUrl(), "--plan", "1", "--initiative", "01-12",
                "--indicator", "成果目標①", "--year", "2022", "--grade", "A", "--clear", "--reason", "x");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--grade", "--clear", "mutually exclusive");

        CommandRun missing = CommandRun.of("judge", "--db-url", dbUrl(), "--plan", "1", "--initiative", "09-99",
                "--indicator", "成果目標①", "--year", "2022", "--grade", "A", "--reason", "x");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no initiative \"09-99\"");

        CommandRun grading = CommandRun.of("grading", "--db-url", dbUrl(), "--org", "木更津市", "--b", "90", "--roll-up", "average");
        assertThat(grading.out()).contains("木更津市: A ≥ 100%, B ≥ 90%, C ≥ 50%, D below; initiatives take the grade of the average rate");
    }

    @Test
    void aGradingSetOnTheCommandLineIsOneAuditedCommandNamingWhoAndTheScaleBeforeAndAfter() throws Exception {
        CommandRun.of("import", "--db-url", dbUrl(), "--org", "木更津市", seed(Seeds.DX_SHEETS).toString());
        long kisarazu = jdbc.sql("SELECT id FROM organization WHERE name = '木更津市'").query(Long.class).single();

        CommandRun set = CommandRun.of("grading", "--db-url", dbUrl(), "--org", "木更津市", "--c", "60", "--by", "佐藤");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(jdbc.sql("""
                SELECT actor || '|' || organization_id || '|' || action || '|' || subject || '|' || detail
                FROM audit_entry WHERE action = 'set-grading'""").query(String.class).list())
                .containsExactly("佐藤|" + kisarazu + "|set-grading|organization 木更津市|"
                        + "A 100 / B 80 / C 50 / worst → A 100 / B 80 / C 60 / worst");

        CommandRun unknown = CommandRun.of("grading", "--db-url", dbUrl(), "--org", "どこにもない町", "--c", "60");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no organisation どこにもない町");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'set-grading'").query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE name = 'どこにもない町'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void evaluatesDocumentsStraightFromFiles() throws Exception {
        CommandRun run = CommandRun.of("evaluate", "--org", "木更津市", "--format", "markdown", seed(Seeds.DX_SHEETS).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("| 取組 | 指標 | 方向 | 年度 | 目標 | 実績 | 達成率 | 評価 | 根拠 |")
                .contains("| 01-03 | 成果目標② 有害鳥獣による農作物被害額 | decrease | 令和4年度 (2022) | 15,900千円 | 15,926千円 | 99.8% | B 概ね達成 |");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "import", "export", "plans", "evaluate", "direction", "judge", "grading"}) {
            CommandRun run = CommandRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: shinchoku " + command);
        }
        assertThat(CommandRun.of("--help").out()).contains("serve").contains("import").contains("export").contains("plans");
    }
}
