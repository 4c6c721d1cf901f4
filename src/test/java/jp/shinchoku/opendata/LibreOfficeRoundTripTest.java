package jp.shinchoku.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.plan.document.PlanDocument;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV files as an office suite opens them: LibreOffice (headless) converts each to xlsx and
 * POI reads back every cell that holds Japanese text unchanged, the header's first cell without the
 * byte-order mark. Headless LibreOffice does not guess the encoding (Excel relies on the mark; a
 * person in LibreOffice picks it in the import dialog), so it is told UTF-8 as its filter options.
 * Runs where soffice or libreoffice is on the PATH (CI installs libreoffice-calc-nogui).
 */
class LibreOfficeRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyJapaneseCellOfEveryCsvFileSurvivesLibreOffice() throws Exception {
        Optional<String> office = Stream.of("soffice", "libreoffice").filter(LibreOfficeRoundTripTest::onPath).findFirst();
        assumeTrue(office.isPresent(), "LibreOffice is not installed: soffice / libreoffice not on the PATH");
        PlanDocument plan = OpenDataFixtures.seed(3);
        for (Table table : PlanTables.of(plan, OpenDataFixtures.AS_OF, GradeScale.DEFAULT)) {
            byte[] csv = CsvFile.write(table);
            Path file = Files.write(dir.resolve(table.id() + ".csv"), csv);
            Path xlsx = convert(office.get(), file);
            List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(
                    new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                Sheet sheet = book.getSheetAt(0);
                DataFormatter format = new DataFormatter();
                int japanese = 0;
                for (int r = 0; r < records.size(); r++) {
                    Row row = sheet.getRow(r);
                    for (int c = 0; c < records.get(r).size(); c++) {
                        String value = records.get(r).get(c);
                        if (value.chars().anyMatch(ch -> ch > 0x7F)) {
                            Cell cell = row.getCell(c);
                            assertThat(cell == null ? "" : format.formatCellValue(cell))
                                    .as("%s row %d column %d", table.id(), r + 1, c + 1).isEqualTo(value);
                            japanese++;
                        }
                    }
                }
                assertThat(sheet.getLastRowNum() + 1).as(table.id()).isEqualTo(records.size());
                assertThat(japanese).as(table.id()).isGreaterThan(records.size());
            }
        }
    }

    private Path convert(String office, Path csv) throws IOException, InterruptedException {
        // a profile of its own, so that a desktop LibreOffice or another test run cannot interfere
        Process process = new ProcessBuilder(office, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                // CSV import options: comma, double quote, UTF-8 (76), from line 1
                "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished within 2 minutes").isTrue();
        Path xlsx = dir.resolve(csv.getFileName().toString().replace(".csv", ".xlsx"));
        assertThat(xlsx).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return xlsx;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
