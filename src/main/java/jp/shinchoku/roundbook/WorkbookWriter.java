package jp.shinchoku.roundbook;

import static jp.shinchoku.roundbook.WorkbookLayout.ACTUAL;
import static jp.shinchoku.roundbook.WorkbookLayout.HEADERS;
import static jp.shinchoku.roundbook.WorkbookLayout.NOTE;
import static jp.shinchoku.roundbook.WorkbookLayout.TARGET;
import static jp.shinchoku.roundbook.WorkbookLayout.YEAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.shinchoku.fiscal.EraDate;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.report.SheetStyles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a department's reporting workbook: a cover sheet that says what the round asks and how to
 * fill in, the input sheet with one row per indicator-year where only the target, actual and note
 * cells are open, and the hidden sheet that tells the upload where the workbook came from.
 */
final class WorkbookWriter {

    /** What the cover sheet states about the round. */
    record Cover(String organization, String plan, String round, LocalDate deadline, int fiscalYear,
            String department) {
    }

    private WorkbookWriter() {
    }

    static byte[] write(Cover cover, WorkbookMeta meta, List<TaskLine> lines) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            // a password nobody knows: the protection guides the hand; the hidden fingerprints guard the data
            String password = UUID.randomUUID().toString();
            cover(book, cover, styles, password);
            input(book, cover, lines, styles, password);
            meta(book, meta, lines, password);
            book.setActiveSheet(0);
            book.lockStructure();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reporting workbook", e);
        }
    }

    private static void cover(XSSFWorkbook book, Cover cover, Styles styles, String password) {
        XSSFSheet sheet = book.createSheet(WorkbookLayout.COVER);
        String year = FiscalYear.of(cover.fiscalYear()).label();
        List<String[]> facts = List.of(
                new String[] {"団体", cover.organization()},
                new String[] {"計画", cover.plan()},
                new String[] {"照会", cover.round()},
                new String[] {"実績を求める年度", year},
                new String[] {"締切", EraDate.label(cover.deadline())},
                new String[] {"課", cover.department()});
        int r = 0;
        Cell title = sheet.createRow(r++).createCell(0);
        title.setCellValue("照会ブック（" + cover.department() + "）");
        title.setCellStyle(styles.shared.header);
        r++;
        for (String[] fact : facts) {
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(fact[0]);
            label.setCellStyle(styles.shared.header);
            row.createCell(1).setCellValue(fact[1] == null ? "" : fact[1]);
        }
        r++;
        Cell how = sheet.createRow(r++).createCell(0);
        how.setCellValue("入力のしかた");
        how.setCellStyle(styles.shared.header);
        List<String> steps = List.of(
                "1. 「" + WorkbookLayout.INPUT + "」シートの黄色のセル（目標・実績・備考）だけを入力できます。ほかのセルは保護されています。",
                "2. 1行が1つの指標の1年度です。今回は" + year + "の実績と備考を入力してください（年度欄が太字の行）。"
                        + "目標を見直すときは目標欄を書き換えてください。",
                "3. 値は単位を付けたまま入力できます（例: 61,000千円、25%）。セルを空にすると、その値を消します。",
                "4. 定性的な指標の実績欄は一覧から選べます（目標の記述、" + String.join("・", WorkbookLayout.JUDGEMENTS)
                        + "）。一覧にない語句で状況を具体的に書くこともできます。",
                "5. 行の追加・削除・並べ替えはできません。シートの名前も変えないでください。",
                "6. 入力が終わったら、進捗 Shinchoku の照会の画面（" + cover.department() + "）の「照会ブックを取り込む」から"
                        + "このファイルをアップロードしてください。誤りが一つでもあれば何も変更せず、誤りのあるシートとセルをすべて示します。",
                "7. このブックは" + cover.department() + "の「" + cover.round() + "」用です。ほかの課や照会のブック、"
                        + "ダウンロードした後にシステム上で値が変わったブックは取り込めません。その場合は最新のブックをダウンロードし直してください。",
                "English: fill in the yellow cells (target, actual, note) of the sheet 「" + WorkbookLayout.INPUT
                        + "」 and upload this file on the round's task page by the deadline.");
        for (String step : steps) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(step);
        }
        sheet.setColumnWidth(0, 22 * SheetStyles.UNIT);
        sheet.setColumnWidth(1, 70 * SheetStyles.UNIT);
        sheet.protectSheet(password);
        sheet.lockFormatColumns(false);
    }

    private static void input(XSSFWorkbook book, Cover cover, List<TaskLine> lines, Styles styles, String password) {
        XSSFSheet sheet = book.createSheet(WorkbookLayout.INPUT);
        Row header = sheet.createRow(0);
        int[] widths = new int[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADERS[c]);
            cell.setCellStyle(styles.shared.header);
            widths[c] = SheetStyles.width(HEADERS[c]);
        }
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int r = 1;
        for (TaskLine line : lines) {
            Row row = sheet.createRow(r);
            String[] shown = {line.code(), line.title(), line.indicatorName(), line.unit(),
                    FiscalYear.of(line.fiscalYear()).label()};
            for (int c = 0; c < shown.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(shown[c] == null ? "" : shown[c]);
                cell.setCellStyle(c == YEAR && line.fiscalYear() == cover.fiscalYear() ? styles.roundYear : styles.shared.text);
                widths[c] = Math.max(widths[c], SheetStyles.width(shown[c] == null ? "" : shown[c]));
            }
            String[] values = {line.target(), line.actual(), line.note()};
            for (int c = TARGET; c <= NOTE; c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.open);
                String value = values[c - TARGET];
                if (value != null) {
                    cell.setCellValue(value);
                    widths[c] = Math.max(widths[c], SheetStyles.width(value));
                }
            }
            if (line.qualitative()) {
                sheet.addValidationData(judgement(validations, line, r));
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, SheetStyles.columnWidth(Math.max(widths[c], c >= TARGET ? 16 : 0)));
        }
        sheet.createFreezePane(YEAR + 1, 1);
        sheet.protectSheet(password);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    /** A drop-down of judgements in words on the actual: a suggestion, so other words warn but are allowed. */
    private static DataValidation judgement(DataValidationHelper helper, TaskLine line, int row) {
        Set<String> choices = new LinkedHashSet<>();
        // Excel takes a list of at most 255 characters, separated by commas
        if (line.target() != null && line.target().length() <= 40 && !line.target().contains(",")
                && !line.target().contains("\"")) {
            choices.add(line.target().replace("\n", " ").strip());
        }
        choices.addAll(List.of(WorkbookLayout.JUDGEMENTS));
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(new ArrayList<>(choices).toArray(String[]::new)),
                new CellRangeAddressList(row, row, ACTUAL, ACTUAL));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox("一覧にない語句", "一覧にない語句です。このまま入力するときは「はい」を選んでください。");
        validation.setShowPromptBox(true);
        validation.createPromptBox("実績（定性的な指標）", "一覧から選ぶか、状況を具体的に入力してください。");
        // in XSSF, "suppress" shows the arrow: POI follows the file format's inverted flag
        validation.setSuppressDropDownArrow(true);
        return validation;
    }

    private static void meta(XSSFWorkbook book, WorkbookMeta meta, List<TaskLine> lines, String password) {
        XSSFSheet sheet = book.createSheet(WorkbookLayout.META);
        String[][] facts = {
                {"format", WorkbookLayout.FORMAT},
                {"round", String.valueOf(meta.roundId())},
                {"task", String.valueOf(meta.taskId())},
                {"department", String.valueOf(meta.departmentId())},
                {"departmentName", meta.department()},
                {"organization", String.valueOf(meta.organizationId())},
                {"plan", String.valueOf(meta.planId())}};
        for (int r = 0; r < facts.length; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(facts[r][0]);
            row.createCell(1).setCellValue(facts[r][1]);
        }
        Row header = sheet.createRow(WorkbookLayout.META_LINES - 1);
        String[] columns = {"row", "initiative", "indicator", "fiscalYear", "fingerprint"};
        for (int c = 0; c < columns.length; c++) {
            header.createCell(c).setCellValue(columns[c]);
        }
        for (int i = 0; i < lines.size(); i++) {
            TaskLine line = lines.get(i);
            Row row = sheet.createRow(WorkbookLayout.META_LINES + i);
            row.createCell(0).setCellValue(String.valueOf(i + 2));
            row.createCell(1).setCellValue(String.valueOf(line.initiativeId()));
            row.createCell(2).setCellValue(line.indicatorKey());
            row.createCell(3).setCellValue(String.valueOf(line.fiscalYear()));
            row.createCell(4).setCellValue(line.fingerprint());
        }
        sheet.protectSheet(password);
        book.setSheetVisibility(book.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static final class Styles {
        final SheetStyles shared;
        final CellStyle open;
        final CellStyle roundYear;

        Styles(XSSFWorkbook book) {
            shared = new SheetStyles(book);
            open = book.createCellStyle();
            open.cloneStyleFrom(shared.text);
            open.setLocked(false);
            // text, so Excel keeps "61,000千円" and "0.35" as typed instead of turning them into numbers or dates
            open.setDataFormat(book.createDataFormat().getFormat("@"));
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font bold = book.createFont();
            bold.setBold(true);
            roundYear = book.createCellStyle();
            roundYear.cloneStyleFrom(shared.text);
            roundYear.setFont(bold);
        }
    }
}
