package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** KPI tables through the command line: stored whole, refused whole, explained, and read with a mapping. */
@DatabaseTest
class TableImportCommandTest {

    private static final Path TABLES = Path.of("src/test/resources/tables");

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

    private String dbUrl() {
        return dataSource.getJdbcUrl();
    }

    @Test
    void aKpiTableIsStoredUnderTheGivenOrganisationAndTitle() {
        CommandRun run = CommandRun.of("import", "--db-url", dbUrl(), "--org", "テスト市", "--title", "総合戦略KPI",
                TABLES.resolve("01-wide-reiwa.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported plan 1 (revision 1): テスト市 / 総合戦略KPI, 3 initiatives");
        assertThat(jdbc.sql("SELECT source_layout FROM plan").query(String.class).single()).isEqualTo("kpi-table");
        assertThat(jdbc.sql("SELECT count(*) FROM indicator").query(Long.class).single()).isEqualTo(4);
        // 4 indicators × (3 actual years + 1 target year)
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single()).isEqualTo(16);
    }

    @Test
    void aTableWithAValueColumnItCannotPlaceIsRefusedAndNothingIsStored() {
        Map<String, Long> before = TestDatabase.rowCounts(jdbc);
        Path bad = TABLES.resolve("bad-header.csv");
        CommandRun run = CommandRun.of("import", "--db-url", dbUrl(), "--org", "テスト市",
                TABLES.resolve("01-wide-reiwa.csv").toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(ShinchokuCommand.BAD_INPUT);
        assertThat(run.err()).startsWith(bad + ":1:4: header 「補正値」 not understood").contains("Nothing was imported.");
        assertThat(TestDatabase.rowCounts(jdbc)).isEqualTo(before);
    }

    @Test
    void explainPrintsEachColumnWithWhatItHoldsAndWhy() {
        CommandRun run = CommandRun.of("import", "--explain", TABLES.resolve("05-two-row-header.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("header on line 1–2, paired table")
                .containsPattern("2 +主な取組 +initiative +「主な取組」: a level of the plan; the innermost level, so the initiative")
                .containsPattern("5 +令和4年度実績 +actual 令和4年度 +「令和4年度実績」: actuals of 令和4年度 \\(2022\\)");
    }

    @Test
    void aMappingFileSaysWhatTheInferenceCouldNotAndCanBeSavedAndUsedByName() throws Exception {
        Path mapping = Files.writeString(dir.resolve("mapping.json"), """
                {"columns": {"補正値": "ignore"}}
                """);
        Path table = TABLES.resolve("bad-header.csv");

        CommandRun first = CommandRun.of("import", "--db-url", dbUrl(), "--org", "テスト市", "--title", "窓口",
                "--mapping", mapping.toString(), "--save-mapping", "窓口指標", table.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Saved the mapping as \"窓口指標\" for テスト市");
        assertThat(jdbc.sql("SELECT count(*) FROM indicator").query(Long.class).single()).isEqualTo(2);

        CommandRun again = CommandRun.of("import", "--db-url", dbUrl(), "--org", "テスト市", "--title", "窓口",
                "--mapping", "窓口指標", table.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Updated plan 1 (revision 2)");
    }

    @Test
    void aMappingNameUnknownToTheOrganisationIsRefused() {
        CommandRun run = CommandRun.of("import", "--db-url", dbUrl(), "--org", "テスト市", "--mapping", "去年の様式",
                TABLES.resolve("bad-header.csv").toString());

        assertThat(run.exitCode()).isEqualTo(ShinchokuCommand.BAD_INPUT);
        assertThat(run.err()).contains("--mapping 去年の様式: there is no such file, nor a mapping of that name saved for テスト市");
    }

    @Test
    void aBrokenMappingFileIsNamedWithWhatIsWrong() throws Exception {
        Path mapping = Files.writeString(dir.resolve("mapping.json"), """
                {"columns": {"D": "target"}}
                """);
        CommandRun run = CommandRun.of("import", "--dry-run", "--mapping", mapping.toString(),
                TABLES.resolve("bad-header.csv").toString());

        assertThat(run.exitCode()).isEqualTo(ShinchokuCommand.BAD_INPUT);
        assertThat(run.err()).startsWith(mapping + ": \"columns.D\" is \"target\", which is no role: use section, ");
    }

    @Test
    void aPlanExportedToTheTemplateImportsBackAsTheSamePlan() throws Exception {
        CommandRun.of("import", "--db-url", dbUrl(), "--org", "テスト市", "--title", "総合戦略KPI",
                TABLES.resolve("11-heading-rows.tsv").toString());
        String before = CommandRun.of("export", "--db-url", dbUrl(), "--plan", "1").out();
        for (String format : new String[] {"csv", "xlsx"}) {
            Path template = dir.resolve("plan." + format);
            CommandRun export = CommandRun.of("export", "--db-url", dbUrl(), "--plan", "1", "--format", format, "-o",
                    template.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();

            CommandRun back = CommandRun.of("import", "--db-url", dbUrl(), template.toString());
            assertThat(back.exitCode()).as(back.err()).isZero();
            assertThat(back.out()).contains("Updated plan 1");
            assertThat(CommandRun.of("export", "--db-url", dbUrl(), "--plan", "1").out()).isEqualTo(before);
        }
    }

    @Test
    void theBlankTemplateStartsWithItsHeaderAndImportsAsAnEmptyPlan() throws Exception {
        Path blank = dir.resolve("blank.csv");
        assertThat(CommandRun.of("template", "--format", "csv", "-o", blank.toString()).exitCode()).isZero();
        assertThat(Files.readString(blank)).isEqualTo("\uFEFF種別,階層,番号,記号,名称,本文,担当課,関係課,目標年度,単位,年度,基準値,目標,実績,備考\r\n");

        Path xlsx = dir.resolve("blank.xlsx");
        assertThat(CommandRun.of("template", "--format", "xlsx", "-o", xlsx.toString()).exitCode()).isZero();
        CommandRun read = CommandRun.of("import", "--dry-run", "--org", "テスト市", xlsx.toString());
        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out()).isEqualTo("blank.xlsx: テスト市 / blank, 0 sections, 0 initiatives (dry run: nothing stored)\n");
    }
}
