package jp.shinchoku.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PlanWorkbookTest {

    @Test
    void aWideCharacterTakesTwoColumnUnitsAndTheLongestLineCounts() {
        assertThat(SheetStyles.width("R6")).isEqualTo(2);
        assertThat(SheetStyles.width("令和6年度")).isEqualTo(9);
        assertThat(SheetStyles.width("短い\n少し長い行")).isEqualTo(10);
    }

    @Test
    void everyTableSheetKeepsItsHeaderInViewAndNoColumnIsWiderThanSixtyCharacters() throws IOException {
        ReportInput manifesto = SeedReports.all().get(0);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new PlanWorkbook().write(manifesto)))) {
            // seed 000: 62 取組 in 11 約束; no indicators
            assertThat(book.getSheet("取組").getLastRowNum()).isEqualTo(62);
            assertThat(book.getSheet("指標_年度").getLastRowNum()).isZero();
            for (String name : new String[] {"取組", "指標_年度", "担当課"}) {
                Sheet sheet = book.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    assertThat(sheet.getColumnWidth(c)).as(name + " column " + c).isLessThanOrEqualTo(60 * 256);
                }
            }
            assertThat(book.getSheet("取組").getColumnWidth(15)).as("内容, long texts").isEqualTo(60 * 256);
        }
    }

    @Test
    void theSameReportWrittenAgainLaterIsTheSameFileDatedByItsAsOfDay() throws IOException, InterruptedException {
        ReportInput reform = SeedReports.all().get(4);
        byte[] first = new PlanWorkbook().write(reform);
        Thread.sleep(2_100); // past the two seconds of a zip entry's time: a clock in the file would show
        byte[] again = new PlanWorkbook().write(reform);

        assertThat(again).isEqualTo(first);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertThat(book.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(reform.asOf().atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
        }
    }
}
