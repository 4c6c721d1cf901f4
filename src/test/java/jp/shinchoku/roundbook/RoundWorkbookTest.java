package jp.shinchoku.roundbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.ValueEntry;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundCommands.OpenRound;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.TaskState;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The reporting workbook of 木更津市 総務部職員課 in a round of its 経営改革推進計画: downloaded from the
 * task page, filled in with POI as a clerk would in Excel, uploaded, and found on the initiative page.
 *
 * <p>The department owns items 1 (one indicator, targets in words: 検討80%, 条例への反映, 実施, 実施) and 2
 * (指標① in hours for 2023–2025, 指標② in percent for 2023–2026). With the plan's years 2023–2026 on
 * every indicator, the input sheet's rows are: 2–5 item 1, 6–9 item 2 指標①, 10–13 item 2 指標②.
 */
@DatabaseTest
class RoundWorkbookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    RoundService rounds;

    @Autowired
    EditingService editing;

    @Autowired
    PlanStore plans;

    long reformPlan;
    long dxPlan;
    Round round;
    long shokuinTask;
    long keieiTask;
    StaffUser shokuin;
    StaffUser planner;

    @BeforeEach
    void openARoundOfTheKisarazuReformPlan() {
        TestDatabase.empty(jdbc);
        jdbc.sql("TRUNCATE round, round_task, round_step, notice, snapshot RESTART IDENTITY CASCADE").update();
        var saved = imports.store(List.of(SeedDocuments.all().get(3), SeedDocuments.all().get(4)), "test");
        dxPlan = saved.get(0).planId();
        reformPlan = saved.get(1).planId();
        round = rounds.open(Actor.system("kikaku"), new OpenRound(reformPlan, "令和5年度 決算時",
                LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 30), 2023));
        shokuinTask = taskOf(round.id(), "総務部職員課");
        keieiTask = taskOf(round.id(), "市長公室経営改革課");
        accounts.create(new jp.shinchoku.account.NewAccount("shokuin", Role.DEPARTMENT_EDITOR, "木更津市",
                List.of("総務部職員課"), Staff.PASSWORD, false), jp.shinchoku.account.Actor.console());
        shokuin = Staff.principal(accounts, "shokuin");
        planner = Staff.account(accounts, "kikaku", Role.ORG_ADMIN, "木更津市");
    }

    @Test
    void aFilledWorkbookUploadedOnTheTaskPageChangesTheValuesOnTheInitiativePages() throws Exception {
        byte[] downloaded = download(shokuinTask, shokuin);

        byte[] filled = fill(downloaded, book -> {
            XSSFSheet input = book.getSheet("実績入力");
            assertThat(text(input, "A2")).isEqualTo("1");
            assertThat(text(input, "E2")).isEqualTo("令和5年度 (2023)");
            assertThat(text(input, "F2")).isEqualTo("検討80%");
            assertThat(text(input, "C6")).isEqualTo("指標①");
            assertThat(text(input, "F6")).isEqualTo("95,000時間");
            assertThat(text(input, "E13")).isEqualTo("令和8年度 (2026)");
            assertThat((Object) input.getRow(14)).as("no row after item 2's last").isNull();
            set(input, "G2", "検討完了");
            set(input, "H2", "60歳以降の働き方の案を作成した");
            // typed into the cell as a number, the way a clerk types 93500 into a cell Excel took as numeric
            input.getRow(5).getCell(6).setCellValue(93500);
            set(input, "G10", "22%");
        });
        MvcResult result = upload(shokuinTask, shokuin, filled);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/tasks/" + shokuinTask);
        assertThat(result.getFlashMap().get("notice")).isEqualTo("照会ブックを取り込みました（3 行、取組 2 件を変更）。");
        assertThat(value("1", "指標①", 2023)).isEqualTo(new IndicatorValue(2023, null,
                jp.shinchoku.plan.document.Measure.of("検討80%"), jp.shinchoku.plan.document.Measure.of("検討完了"),
                "60歳以降の働き方の案を作成した", null));
        assertThat(value("2", "指標①", 2023).actual().number()).isEqualByComparingTo("93500");
        assertThat(value("2", "指標②", 2023).actual().text()).isEqualTo("22%");
        assertThat(value("2", "指標①", 2024).actual()).as("an untouched row is no change").isNull();

        String page = mvc.perform(get("/staff/initiatives/" + initiativeId("1")).with(Staff.as(shokuin)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"検討完了\"").contains("value=\"60歳以降の働き方の案を作成した\"");
        assertThat(rounds.task(shokuinTask).orElseThrow().state()).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE actor = 'shokuin' ORDER BY id").query(String.class).list())
                .containsExactly("export-workbook", "record-values", "record-values", "import-workbook");
    }

    @Test
    void aWorkbookWithWrongCellsIsRefusedCellByCellAndNothingChanges() throws Exception {
        byte[] filled = fill(download(shokuinTask, shokuin), book -> {
            XSSFSheet input = book.getSheet("実績入力");
            set(input, "G2", "検討完了");
            set(input, "H7", "あ".repeat(2001));
            input.getRow(9).getCell(6).setCellFormula("1/0");
        });
        Map<String, Long> before = TestDatabase.planRowCounts(jdbc);
        int revisions = revisions();

        MvcResult result = upload(shokuinTask, shokuin, filled);

        assertThat(result.getFlashMap().get("error")).isEqualTo("照会ブックを取り込めませんでした。何も変更していません。");
        assertThat(result.getFlashMap().get("workbookProblems")).isEqualTo(List.of(
                "「実績入力」シート G10: セルが #DIV/0! になっています。値を文字で入力してください。",
                "「実績入力」シート H7: 2,000 文字以内で入力してください。"));
        assertThat(value("1", "指標①", 2023).actual()).isNull();
        assertThat(revisions()).isEqualTo(revisions);
        assertThat(TestDatabase.planRowCounts(jdbc)).isEqualTo(before);
        assertThat(rounds.task(shokuinTask).orElseThrow().state()).isEqualTo(TaskState.NOT_STARTED);
    }

    @Test
    void anotherDepartmentsWorkbookIsRefusedWithBothNames() throws Exception {
        byte[] theirs = fill(download(keieiTask, planner), book -> set(book.getSheet("実績入力"), "G2", "実施"));

        MvcResult result = upload(shokuinTask, shokuin, theirs);

        assertThat(result.getFlashMap().get("workbookProblems")).isEqualTo(List.of(
                "このブックは市長公室経営改革課のものです。総務部職員課の照会には取り込めません。"));
    }

    @Test
    void aWorkbookOfAnotherRoundIsRefusedWithThatRoundsTitle() throws Exception {
        Round other = rounds.open(Actor.system("kikaku"), new OpenRound(dxPlan, "DX 令和5年度 決算時",
                LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 30), 2023));
        byte[] theirs = download(taskOf(other.id(), "情報経営課"), planner);

        MvcResult result = upload(shokuinTask, planner, theirs);

        assertThat(result.getFlashMap().get("workbookProblems")).isEqualTo(List.of(
                "このブックは別の照会「DX 令和5年度 決算時」のものです。この照会の照会ブックをダウンロードし直してください。"));
    }

    @Test
    void aWorkbookDownloadedBeforeSomeoneChangedItsValuesIsRefusedAsStale() throws Exception {
        byte[] old = download(shokuinTask, shokuin);
        long item1 = initiativeId("1");
        editing.recordValues(Actor.system("kikaku"), new RecordValues(item1, 1,
                List.of(new ValueEntry("指標①", 2024, "条例への反映", "検討中", null))));
        byte[] filled = fill(old, book -> set(book.getSheet("実績入力"), "G2", "検討完了"));

        MvcResult result = upload(shokuinTask, shokuin, filled);

        assertThat(result.getFlashMap().get("workbookProblems")).isEqualTo(List.of(
                "「実績入力」シート A3: このブックのダウンロード後に、この行の値が変更されています（現在は 目標「条例への反映」実績「検討中」備考「」）。"
                        + "最新の照会ブックをダウンロードし直して入力してください。"));
        assertThat(value("1", "指標①", 2023).actual()).isNull();
    }

    @Test
    void onlyTheCellsToFillAreOpenAndQualitativeActualsOfferJudgements() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(shokuinTask, shokuin)))) {
            assertThat(book.isStructureLocked()).isTrue();
            assertThat(book.getSheetName(0)).isEqualTo("説明");
            XSSFSheet cover = book.getSheet("説明");
            assertThat(cover.getProtect()).isTrue();
            assertThat(text(cover, "B5")).isEqualTo("令和5年度 決算時");
            assertThat(text(cover, "B6")).isEqualTo("令和5年度 (2023)");
            assertThat(text(cover, "B7")).isEqualTo("令和6年6月30日 (2024-06-30)");
            assertThat(text(cover, "B8")).isEqualTo("総務部職員課");

            XSSFSheet input = book.getSheet("実績入力");
            assertThat(input.getProtect()).isTrue();
            for (String locked : List.of("A2", "B2", "C2", "D2", "E2", "A13")) {
                assertThat(cell(input, locked).getCellStyle().getLocked()).as(locked).isTrue();
            }
            for (String open : List.of("F2", "G2", "H2", "F13", "G13", "H13")) {
                assertThat(cell(input, open).getCellStyle().getLocked()).as(open).isFalse();
            }
            List<? extends DataValidation> validations = input.getDataValidations();
            // item 1's targets of 2024–2026 are in words (条例への反映, 実施, 実施); 2023's 検討80% reads as a number
            assertThat(validations).hasSize(3).allSatisfy(v -> {
                CellRangeAddress on = v.getRegions().getCellRangeAddress(0);
                assertThat(on.getFirstColumn()).isEqualTo(6);
                assertThat(on.getFirstRow()).isBetween(2, 4);
                assertThat(v.getValidationConstraint().getExplicitListValues()).contains("達成", "実施済", "未実施");
            });
            assertThat(validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstRow() == 2))
                    .singleElement().satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .startsWith("条例への反映"));
            int meta = book.getSheetIndex("_照会情報");
            assertThat(book.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        }
    }

    @Test
    void aViewerMayNotDownloadAndAnotherDepartmentMayNotUpload() throws Exception {
        StaffUser viewer = Staff.account(accounts, "etsuran", Role.VIEWER, "木更津市");
        assertThat(mvc.perform(get("/staff/tasks/" + shokuinTask + "/workbook.xlsx").with(Staff.as(viewer)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        byte[] filled = fill(download(keieiTask, planner), book -> set(book.getSheet("実績入力"), "G2", "実施"));
        assertThat(upload(keieiTask, shokuin, filled).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theTaskPageOffersTheDepartmentBothButtonsAndAReviewerOnlyTheDownload() throws Exception {
        String mine = mvc.perform(get("/staff/tasks/" + shokuinTask).with(Staff.as(shokuin))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("href=\"/staff/tasks/" + shokuinTask + "/workbook.xlsx\"")
                .contains("action=\"/staff/tasks/" + shokuinTask + "/workbook\"")
                .contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");
        StaffUser reviewer = Staff.account(accounts, "shinsa", Role.REVIEWER, "木更津市");
        String theirs = mvc.perform(get("/staff/tasks/" + shokuinTask).with(Staff.as(reviewer))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(theirs).contains("/workbook.xlsx").doesNotContain("action=\"/staff/tasks/" + shokuinTask + "/workbook\"");
    }

    @Test
    void aTaskThatDoesNotExistIsNotFoundWhetherItsWorkbookIsDownloadedUploadedOrTheTaskSubmitted() throws Exception {
        long missing = 999_999;
        assertThat(rounds.task(missing)).isEmpty();
        var download = mvc.perform(get("/staff/tasks/" + missing + "/workbook.xlsx").with(Staff.as(planner)))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(404);
        assertThat(download.getContentAsString(StandardCharsets.UTF_8)).contains("照会の課題 999999 はありません");

        byte[] filled = fill(download(shokuinTask, shokuin), book -> set(book.getSheet("実績入力"), "G2", "実施"));
        var upload = upload(missing, shokuin, filled).getResponse();
        assertThat(upload.getStatus()).isEqualTo(404);
        assertThat(upload.getContentAsString(StandardCharsets.UTF_8)).contains("照会の課題 999999 はありません");
        assertThat(mvc.perform(multipart("/staff/tasks/" + missing + "/workbook").with(csrf()).with(Staff.as(planner)))
                .andReturn().getResponse().getStatus()).as("without a file").isEqualTo(404);
        assertThat(value("1", "指標①", 2023).actual()).as("the workbook's own task was not read into").isNull();

        assertThat(mvc.perform(post("/staff/tasks/" + missing + "/submit").with(csrf()).with(Staff.as(planner)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    // --- helpers ---

    interface Filling {
        void fill(XSSFWorkbook book) throws Exception;
    }

    private byte[] download(long task, StaffUser user) throws Exception {
        var response = mvc.perform(get("/staff/tasks/" + task + "/workbook.xlsx").with(Staff.as(user))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
        return response.getContentAsByteArray();
    }

    private MvcResult upload(long task, StaffUser user, byte[] workbook) throws Exception {
        return mvc.perform(multipart("/staff/tasks/" + task + "/workbook")
                .file(new MockMultipartFile("file", "照会ブック.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
                .with(csrf()).with(Staff.as(user))).andReturn();
    }

    static byte[] fill(byte[] workbook, Filling filling) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filling.fill(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    static void set(XSSFSheet sheet, String address, String value) {
        cell(sheet, address).setCellValue(value);
    }

    static Cell cell(XSSFSheet sheet, String address) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    static String text(XSSFSheet sheet, String address) {
        return cell(sheet, address).getStringCellValue();
    }

    private IndicatorValue value(String code, String indicator, int year) {
        Initiative initiative = plans.load(reformPlan).orElseThrow().allInitiatives().stream()
                .filter(i -> code.equals(i.code())).findFirst().orElseThrow();
        Indicator k = initiative.indicators().stream().filter(i -> indicator.equals(i.label())).findFirst().orElseThrow();
        return k.valueFor(year);
    }

    private long initiativeId(String code) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = ?").params(reformPlan, code)
                .query(Long.class).single();
    }

    private int revisions() {
        return jdbc.sql("SELECT count(*) FROM initiative_revision").query(Integer.class).single();
    }

    private long taskOf(long roundId, String department) {
        return rounds.tasks(roundId).stream().filter(t -> t.department().equals(department)).findFirst().orElseThrow()
                .id();
    }
}
