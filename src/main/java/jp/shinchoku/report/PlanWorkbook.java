package jp.shinchoku.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jp.shinchoku.fiscal.EraDate;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.opendata.Column;
import jp.shinchoku.opendata.PlanTables;
import jp.shinchoku.opendata.Table;
import jp.shinchoku.plan.document.PlanDocument;
import org.apache.commons.io.function.IORunnable;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A whole plan as one workbook to read and filter: an overview sheet, then the initiatives, the
 * indicators year by year with rate, grade and basis, and the departments: the same tables the
 * open data publishes, with Japanese headers frozen at the top.
 */
@Component
public final class PlanWorkbook {

    public byte[] write(ReportInput input) {
        PlanDocument plan = input.plan();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(book);
            overview(book, input, styles);
            for (Table table : PlanTables.of(plan, input.asOf(), input.scale())) {
                sheet(book, table, styles);
            }
            asOf(book, input);
            reproducibly(() -> book.write(out));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }

    /**
     * The workbook's dates are the report's as-of date rather than the moment it was written, so that
     * the same report is the same file (a static export rewrites only what changed).
     */
    private static void asOf(XSSFWorkbook book, ReportInput input) {
        Date asOf = Date.from(input.asOf().atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
        PackagePropertiesPart properties = book.getProperties().getCoreProperties().getUnderlyingProperties();
        properties.setCreatedProperty(Optional.of(asOf));
        properties.setModifiedProperty(Optional.of(asOf));
    }

    /**
     * POI stamps every zip entry with the current time unless it runs in its SOURCE_DATE_EPOCH mode,
     * a process-wide switch it turns on for the call and back after; the lock keeps one writer from
     * switching it off while another is still writing.
     */
    private static synchronized void reproducibly(IORunnable write) throws IOException {
        Reproducibility.runWithSourceDateEpoch(write);
    }

    private static void overview(XSSFWorkbook book, ReportInput input, SheetStyles styles) {
        PlanDocument plan = input.plan();
        Sheet sheet = book.createSheet("概要");
        Integer graded = RollUp.latestGradedYear(plan);
        List<List<String>> lines = List.of(
                List.of("団体名", nonNull(plan.organization())),
                List.of("計画名", plan.title()),
                List.of("計画期間", FiscalYear.range(plan.fiscalYears())),
                List.of("時点", EraDate.label(input.asOf())),
                List.of("評価年度", graded == null ? "" : FiscalYear.of(graded).label()),
                List.of("取組数", String.valueOf(plan.allInitiatives().size())));
        int r = 0;
        for (List<String> line : lines) {
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(line.get(0));
            label.setCellStyle(styles.header);
            row.createCell(1).setCellValue(line.get(1));
        }
        if (graded != null) {
            RollUp.Counts counts = RollUp.of(plan, graded, input.scale()).counts();
            r++;
            for (jp.shinchoku.indicator.Grade g : jp.shinchoku.indicator.Grade.values()) {
                Row row = sheet.createRow(r++);
                Cell label = row.createCell(0);
                label.setCellValue("取組の評価 " + g.name() + " " + g.label());
                label.setCellStyle(styles.header);
                row.createCell(1).setCellValue(counts.byGrade().get(g));
            }
        }
        sheet.setColumnWidth(0, 24 * SheetStyles.UNIT);
        sheet.setColumnWidth(1, 70 * SheetStyles.UNIT);
    }

    private static void sheet(XSSFWorkbook book, Table table, SheetStyles styles) {
        Sheet sheet = book.createSheet(table.title().replace("・", "_"));
        Row header = sheet.createRow(0);
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            widths[c] = SheetStyles.width(column.header());
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Integer n) {
                    cell.setCellValue(n);
                } else if (value instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(styles.text);
                }
                widths[c] = Math.max(widths[c], SheetStyles.width(value.toString()));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, SheetStyles.columnWidth(widths[c]));
        }
        sheet.createFreezePane(0, 1);
        if (!table.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, table.columns().size() - 1));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
