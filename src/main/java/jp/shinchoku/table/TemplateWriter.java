package jp.shinchoku.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.table.Template.Col;
import jp.shinchoku.table.Template.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan as the template, or the blank template: the plan as stated (what an evaluation
 * adds is left out, as the template is read back into a plan that is evaluated again).
 */
public final class TemplateWriter {

    /** The two files the template comes as. */
    public enum Format { xlsx, csv }

    private TemplateWriter() {
    }

    public static byte[] blank(Format format) {
        return write(List.of(), format);
    }

    public static byte[] plan(PlanDocument plan, Format format) {
        return write(rows(plan), format);
    }

    private static byte[] write(List<List<String>> rows, Format format) {
        return format == Format.xlsx ? xlsx(rows) : csv(rows);
    }

    static List<List<String>> rows(PlanDocument plan) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(Kind.PLAN, Map.of(Col.NAME, plan.title())));
        rows.add(row(Kind.ORGANIZATION, Map.of(Col.NAME, text(plan.organization()))));
        if (plan.asOf() != null) {
            rows.add(row(Kind.AS_OF, Map.of(Col.NAME, plan.asOf().toString())));
        }
        if (!plan.fiscalYears().isEmpty()) {
            rows.add(row(Kind.PERIOD, Map.of(Col.YEAR, years(plan.fiscalYears()))));
        }
        if (plan.source() != null) {
            rows.add(row(Kind.SOURCE, Map.of(Col.NAME, text(plan.source().fileName()), Col.BODY,
                    text(plan.source().layout()))));
        }
        texts(rows, Kind.PLAN_TEXT, plan.texts());
        plan.sections().forEach(s -> section(rows, s, 1));
        return rows;
    }

    private static void section(List<List<String>> rows, Section s, int depth) {
        rows.add(row(Kind.SECTION, Map.of(Col.DEPTH, String.valueOf(depth), Col.CODE, text(s.label()), Col.NAME,
                text(s.title()))));
        texts(rows, Kind.SECTION_TEXT, s.texts());
        s.initiatives().forEach(i -> initiative(rows, i));
        s.sections().forEach(c -> section(rows, c, depth + 1));
    }

    private static void initiative(List<List<String>> rows, Initiative i) {
        rows.add(row(Kind.INITIATIVE, Map.of(Col.CODE, text(i.code()), Col.MARK, text(i.label()), Col.NAME,
                text(i.title()), Col.OWNERS, String.join("\n", i.ownerDepartments()), Col.RELATED,
                String.join("\n", i.relatedDepartments()), Col.TARGET_YEAR,
                i.targetFiscalYear() == null ? "" : i.targetFiscalYear().toString())));
        texts(rows, Kind.INITIATIVE_TEXT, i.texts());
        for (Contact c : i.contacts()) {
            rows.add(row(Kind.CONTACT, Map.of(Col.OWNERS, text(c.department()), Col.BODY, text(c.phone()), Col.NOTE,
                    text(c.note()))));
        }
        for (ScheduleRow r : i.schedule()) {
            rows.add(row(Kind.SCHEDULE, Map.of(Col.NAME, text(r.task()), Col.YEAR, years(r.fiscalYears()))));
        }
        i.indicators().forEach(k -> indicator(rows, k.asStated()));
    }

    private static void indicator(List<List<String>> rows, Indicator k) {
        Map<Col, String> cells = new EnumMap<>(Col.class);
        cells.put(Col.CODE, text(k.label()));
        cells.put(Col.NAME, text(k.name()));
        cells.put(Col.NOTE, text(k.note()));
        cells.put(Col.UNIT, text(unit(k)));
        if (k.baseline() != null) {
            cells.put(Col.YEAR, k.baseline().fiscalYear() == null ? "" : k.baseline().fiscalYear().toString());
            cells.put(Col.BASELINE, measure(k.baseline().value()));
        }
        rows.add(row(Kind.INDICATOR, cells));
        for (IndicatorValue v : k.values()) {
            rows.add(row(Kind.VALUE, Map.of(Col.YEAR, String.valueOf(v.fiscalYear()), Col.NAME, text(v.name()),
                    Col.TARGET, measure(v.target()), Col.ACTUAL, measure(v.actual()))));
        }
    }

    /** The unit a table gave to numbers written without one (新規就農者数(人): "8" is 8 人), or null. */
    static String unit(Indicator k) {
        List<Measure> measures = new ArrayList<>();
        if (k.baseline() != null && k.baseline().value() != null) {
            measures.add(k.baseline().value());
        }
        k.values().forEach(v -> {
            measures.add(v.target());
            measures.add(v.actual());
        });
        return measures.stream().filter(m -> m != null && m.hasNumber() && m.unit() != null
                && Measure.of(m.text()).unit() == null).map(Measure::unit).findFirst().orElse(null);
    }

    private static void texts(List<List<String>> rows, Kind kind, List<LabeledText> texts) {
        texts.forEach(t -> rows.add(row(kind, Map.of(Col.NAME, text(t.label()), Col.BODY, text(t.text())))));
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String measure(Measure m) {
        return m == null ? "" : m.text();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static List<String> row(Kind kind, Map<Col, String> cells) {
        List<String> row = new ArrayList<>();
        for (Col c : Col.values()) {
            row.add(c == Col.KIND ? kind.word : cells.getOrDefault(c, ""));
        }
        return row;
    }

    /** CSV in UTF-8 with a BOM, so that Excel opens it as UTF-8. */
    private static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(Template.headers());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(Template.SHEET);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            put(sheet.createRow(0), Template.headers(), null);
            for (int r = 0; r < rows.size(); r++) {
                put(sheet.createRow(r + 1), rows.get(r), wrap);
            }
            sheet.createFreezePane(1, 1);
            Sheet guide = workbook.createSheet(Template.GUIDE_SHEET);
            put(guide.createRow(0), List.of("種別", "使う列と意味"), null);
            int r = 1;
            for (Kind k : Kind.values()) {
                put(guide.createRow(r++), List.of(k.word, k.use), null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                var cell = row.createCell(c);
                cell.setCellValue(cells.get(c));
                if (style != null && cells.get(c).contains("\n")) {
                    cell.setCellStyle(style);
                }
            }
        }
    }
}
