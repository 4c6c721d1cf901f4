package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code shinchoku report} and {@code shinchoku opendata licence} against this test's database. */
@DatabaseTest
class ReportCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path dir;

    private List<SavedPlan> saved;

    @BeforeEach
    void loadSeeds() {
        saved = TestDatabase.reloadSeeds(jdbc, imports);
    }

    @Test
    void reportWritesThePdfOfAPlanToTheFileNamed() throws Exception {
        Path file = dir.resolve("報告書.pdf");
        CommandRun run = CommandRun.of("report", "--db-url", dataSource.getJdbcUrl(), "--plan",
                String.valueOf(saved.get(2).planId()), "--format", "pdf", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void reportWritesTheWorkbookOfAPlan() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        CommandRun run = CommandRun.of("report", "--db-url", dataSource.getJdbcUrl(), "--plan",
                String.valueOf(saved.get(0).planId()), "--format", "xlsx", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getSheet("取組").getRow(1).getCell(6).getStringCellValue()).isEqualTo("新型コロナワクチン接種体制の整備");
        }
    }

    @Test
    void reportOfAPlanThatDoesNotExistSaysSoAndWritesNothing() {
        Path file = dir.resolve("none.pdf");
        CommandRun run = CommandRun.of("report", "--db-url", dataSource.getJdbcUrl(), "--plan", "999999", "--format", "pdf",
                "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("there is no plan 999999");
        assertThat(file).doesNotExist();
    }

    @Test
    void opendataLicenceShowsTheDefaultThenSetsAnOrganisationsOwn() {
        CommandRun shown = CommandRun.of("opendata", "licence", "--db-url", dataSource.getJdbcUrl(), "--org", "千葉県");
        assertThat(shown.out()).isEqualTo("千葉県: クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0) "
                + "<https://creativecommons.org/licenses/by/4.0/deed.ja>" + System.lineSeparator());

        CommandRun set = CommandRun.of("opendata", "licence", "--db-url", dataSource.getJdbcUrl(), "--org", "千葉県",
                "--licence", "政府標準利用規約 (第2.0版)", "--url", "https://www.digital.go.jp/resources/open_data/");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(CommandRun.of("opendata", "licence", "--db-url", dataSource.getJdbcUrl(), "--org", "千葉県").out())
                .startsWith("千葉県: 政府標準利用規約 (第2.0版) <https://www.digital.go.jp/resources/open_data/>");
    }

    @Test
    void aLicenceWithABadAddressIsRefusedAndNothingIsStored() {
        CommandRun run = CommandRun.of("opendata", "licence", "--db-url", dataSource.getJdbcUrl(), "--org", "千葉県",
                "--licence", "CC0", "--url", "creativecommons.org");
        assertThat(run.exitCode()).isEqualTo(ShinchokuCommand.BAD_INPUT);
        assertThat(run.err()).contains("must start with http:// or https://");
        assertThat(jdbc.sql("SELECT count(*) FROM opendata_licence").query(Long.class).single()).isZero();
    }
}
