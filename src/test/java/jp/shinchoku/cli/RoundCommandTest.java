package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.KisarazuRound;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code shinchoku round export} and {@code round import}: the reporting workbook from the console. */
@DatabaseTest
class RoundCommandTest {

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

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path dir;

    KisarazuRound opened;
    long planId;
    Round round;

    @BeforeEach
    void openARoundOfTheKisarazuReformPlan() {
        opened = KisarazuRound.open(jdbc, imports, rounds, accounts);
        planId = opened.planId();
        round = opened.round();
        opened.editor("shokuin", "総務部職員課");
        opened.editor("keiei", "市長公室経営改革課");
    }

    @Test
    void aWorkbookExportedForADepartmentByNameAndFilledIsTakenInAsTheNamedAccount() throws Exception {
        Path file = dir.resolve("職員課.xlsx");
        CommandRun export = CommandRun.of("round", "export", "--db-url", dataSource.getJdbcUrl(), "--round",
                String.valueOf(round.id()), "--department", "総務部職員課", "-o", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        fill(file, "G2", "検討完了");

        CommandRun imported = CommandRun.of("round", "import", "--db-url", dataSource.getJdbcUrl(), "--as", "shokuin",
                file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 rows of 1 initiatives changed");
        assertThat(actualOfItem1In2023()).isEqualTo("検討完了");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'record-values'").query(String.class).list())
                .containsExactly("shokuin");
    }

    @Test
    void aWrongCellIsPrintedInJapaneseAndEnglishAndAnotherDepartmentsAccountIsRefused() throws Exception {
        Path file = dir.resolve("職員課.xlsx");
        long department = opened.task("総務部職員課").departmentId();
        CommandRun export = CommandRun.of("round", "export", "--db-url", dataSource.getJdbcUrl(), "--round",
                String.valueOf(round.id()), "--department", String.valueOf(department), "-o", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        fill(file, "H2", "あ".repeat(2001));

        CommandRun wrong = CommandRun.of("round", "import", "--db-url", dataSource.getJdbcUrl(), "--as", "shokuin",
                file.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("「実績入力」シート H2: 2,000 文字以内で入力してください。"
                + " / Sheet 「実績入力」 H2: Use at most 2,000 characters.");

        CommandRun foreign = CommandRun.of("round", "import", "--db-url", dataSource.getJdbcUrl(), "--as", "keiei",
                file.toString());
        assertThat(foreign.exitCode()).isEqualTo(1);
        assertThat(foreign.err()).contains("keiei は この照会ブックの取り込み (upload this reporting workbook) の権限がありません");
        assertThat(actualOfItem1In2023()).isNull();
    }

    private String actualOfItem1In2023() {
        var value = plans.load(planId).orElseThrow().allInitiatives().get(0).indicators().get(0).valueFor(2023);
        return value.actual() == null ? null : value.actual().text();
    }

    private static void fill(Path file, String address, String value) throws Exception {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet input = book.getSheet("実績入力");
            var ref = new org.apache.poi.ss.util.CellReference(address);
            input.getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
            book.write(out);
            bytes = out.toByteArray();
        }
        Files.write(file, bytes);
    }
}
