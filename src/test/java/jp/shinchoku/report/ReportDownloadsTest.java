package jp.shinchoku.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The report and the workbook as a browser downloads them from a stored plan. */
@DatabaseTest
class ReportDownloadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    private List<SavedPlan> saved;

    @BeforeEach
    void loadSeeds() {
        saved = TestDatabase.reloadSeeds(jdbc, imports);
    }

    @Test
    void thePdfReportOfAStoredPlanOpensInTheBrowserUnderItsJapaneseName() throws Exception {
        long id = saved.get(4).planId();
        byte[] pdf = mvc.perform(get("/plans/{id}/report.pdf", id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                // 木更津市_経営改革推進計画_令和5年度_進捗状況_2023-09-01.pdf
                .andExpect(header().string("Content-Disposition", "inline; filename=\"plan-" + id + "-report.pdf\"; "
                        + "filename*=UTF-8''%E6%9C%A8%E6%9B%B4%E6%B4%A5%E5%B8%82_%E7%B5%8C%E5%96%B6%E6%94%B9%E9%9D%A9"
                        + "%E6%8E%A8%E9%80%B2%E8%A8%88%E7%94%BB_%E4%BB%A4%E5%92%8C5%E5%B9%B4%E5%BA%A6_%E9%80%B2%E6%8D%97"
                        + "%E7%8A%B6%E6%B3%81_2023-09-01.pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(17);
            assertThat(new PDFTextStripper().getText(doc)).contains("人事評価制度の充実", "総務部職員課", "検討80%");
        }
    }

    @Test
    void theWorkbookHasAnOverviewAndOneSheetPerTableWithFrozenJapaneseHeaders() throws Exception {
        long id = saved.get(3).planId();
        byte[] xlsx = mvc.perform(get("/plans/{id}/workbook.xlsx", id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("概要", "取組", "指標_年度", "担当課");
            assertThat(book.getSheet("概要").getRow(0).getCell(1).getStringCellValue()).isEqualTo("木更津市");

            Sheet kpis = book.getSheet("指標_年度");
            assertThat(kpis.getPaneInformation().isFreezePane()).isTrue();
            assertThat(kpis.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row header = kpis.getRow(0);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("取組番号");
            // the first indicator-year of the plan: 01-01 成果目標①, 令和4年度, 40,529 ÷ 30,000 = 135.1 %
            Row first = kpis.getRow(1);
            assertThat(text(first, header, "取組番号")).isEqualTo("01-01");
            assertThat(text(first, header, "目標")).isEqualTo("30,000千円");
            assertThat(number(first, header, "目標値")).isEqualTo(30000);
            assertThat(number(first, header, "実績値")).isEqualTo(40529);
            assertThat(number(first, header, "達成率(%)")).isEqualTo(135.1);
            assertThat(text(first, header, "評価")).isEqualTo("A");
            // a column as wide as its widest text, within reason
            assertThat(kpis.getColumnWidth(column(header, "取組名"))).isGreaterThan(kpis.getColumnWidth(column(header, "評価")));
            assertThat(new CellAddress(kpis.getRow(0).getCell(0))).hasToString("A1");
        }
    }

    @Autowired
    ReportSource source;

    @Test
    void aPlanThatStatesNoDateIsReportedAsOfTodayInJapanAndOneThatDoesAsOfItsOwn() {
        // seed 003 states no as-of date; seed 004 is 令和5年9月1日現在
        assertThat(source.load(saved.get(3).planId()).orElseThrow().asOf())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
        assertThat(source.load(saved.get(4).planId()).orElseThrow().asOf()).hasToString("2023-09-01");
    }

    @Test
    void aPlanPageLinksToItsReportWorkbookAndTheOpenData() throws Exception {
        long id = saved.get(0).planId();
        String page = mvc.perform(get("/plans/{id}", id)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/plans/" + id + "/report.pdf\">PDF 報告書</a>",
                "href=\"/plans/" + id + "/workbook.xlsx\">Excel ブック</a>", "href=\"/opendata\">オープンデータ</a>");
    }

    @Test
    void aReportOfAPlanThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/plans/{id}/report.pdf", 999_999)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/workbook.xlsx", 999_999)).andExpect(status().isNotFound());
    }

    private static int column(Row header, String name) {
        for (var cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static String text(Row row, Row header, String name) {
        return row.getCell(column(header, name)).getStringCellValue();
    }

    private static double number(Row row, Row header, String name) {
        return row.getCell(column(header, name)).getNumericCellValue();
    }
}
