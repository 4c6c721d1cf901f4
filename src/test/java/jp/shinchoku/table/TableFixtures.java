package jp.shinchoku.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.Evaluator;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The hand-written KPI tables under src/test/resources/tables, and the workbook built here with merged cells. */
final class TableFixtures {

    static final Path DIR = Path.of("src/test/resources/tables");

    private TableFixtures() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    static PlanDocument read(Path file) throws ImportException {
        return KpiTables.preview(file, new ImportOptions("テスト市", null), MappingOverride.NONE);
    }

    static PlanDocument evaluated(Path file) throws ImportException {
        return Evaluator.evaluate(read(file), EvaluationInputs.DEFAULT);
    }

    /** The indicator called {@code name}, anywhere in the plan. */
    static Indicator indicator(PlanDocument plan, String name) {
        return plan.allInitiatives().stream().flatMap(i -> i.indicators().stream())
                .filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name + " in " + names(plan)));
    }

    static List<String> names(PlanDocument plan) {
        return plan.allInitiatives().stream().flatMap(i -> i.indicators().stream()).map(Indicator::name).toList();
    }

    /** Each year as "2022 目標 45.0 / 実績 41.3", "-" for a missing cell. */
    static List<String> values(Indicator k) {
        return k.values().stream().map(v -> v.fiscalYear() + " 目標 " + text(v.target()) + " / 実績 " + text(v.actual()))
                .toList();
    }

    /** The unit of every value with a number (one entry when they agree). */
    static List<String> units(Indicator k) {
        return k.values().stream().flatMap(v -> java.util.stream.Stream.of(v.target(), v.actual()))
                .filter(m -> m != null && m.hasNumber()).map(Measure::unit).distinct().toList();
    }

    /** Each rated year as "2022 B 91.8" (rate left out when there is none). */
    static List<String> grades(Indicator k) {
        return k.values().stream().filter(v -> v.evaluation() != null && v.evaluation().grade() != null)
                .map(v -> v.fiscalYear() + " " + v.evaluation().grade()
                        + (v.evaluation().rate() == null ? "" : " " + v.evaluation().rate().toPlainString()))
                .toList();
    }

    static Map<String, String> initiativesWithOwners(PlanDocument plan) {
        return plan.allInitiatives().stream().collect(Collectors.toMap(
                i -> (i.code() == null ? "" : i.code() + " ") + i.title(), i -> String.join("・", i.ownerDepartments()),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String text(Measure m) {
        return m == null ? "-" : m.text();
    }

    /**
     * 06: an administrative-reform workbook as Excel users lay it out: a title merged over the
     * row naming the plan period, headers merged over two rows, each year merged over its 目標 and
     * 実績, an initiative merged down over its two indicators, numbers stored as numbers.
     */
    static Path mergedWorkbook(Path dir) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("数値目標");
            row(sheet, 0, "行政改革推進計画 数値目標（計画期間：令和4年度～令和8年度）");
            row(sheet, 1, "取組項目", "指標名称", "単位", "基準値", "令和4年度", "", "令和5年度", "", "5ヵ年目標", "所管課");
            row(sheet, 2, "", "", "", "", "目標", "実績", "目標", "実績", "", "");
            row(sheet, 3, "電子申請の拡充", "電子申請可能手続数", "手続", "120 (2021年度)", 150, 162, 200, 215, 400, "DX推進課");
            row(sheet, 4, "", "窓口待ち時間", "分", 25, 22, 21, 20, 18, 10, "");
            row(sheet, 5, "職員数の適正化", "正規職員数", "人", 1250, 1240, 1238, 1230, 1236, 1200, "人事課");
            merge(sheet, 0, 0, 0, 9);
            for (int c : new int[] {0, 1, 2, 3, 8, 9}) {
                merge(sheet, 1, 2, c, c);
            }
            merge(sheet, 1, 1, 4, 5);
            merge(sheet, 1, 1, 6, 7);
            merge(sheet, 3, 4, 0, 0);
            merge(sheet, 3, 4, 9, 9);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return Files.write(dir.resolve("06-merged.xlsx"), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (!"".equals(cells[c])) {
                row.createCell(c).setCellValue((String) cells[c]);
            }
        }
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }
}
