package jp.shinchoku.roundbook;

import static jp.shinchoku.roundbook.WorkbookLayout.INPUT;
import static jp.shinchoku.roundbook.WorkbookLayout.NOTE;
import static jp.shinchoku.roundbook.WorkbookLayout.TARGET;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.fiscal.FiscalYear;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled reporting workbook back: what it says about itself, and each line's target,
 * actual and note as text, the way the cell shows it. A cell that cannot be read (an error such as
 * #VALUE!) is a problem named by its cell; whether a value is allowed is not decided here but by
 * the editing rules the staff screen uses.
 */
final class WorkbookReader {

    /** The workbook as filled in: its identity, its lines, and the cells that could not be read. */
    record Filled(WorkbookMeta meta, List<FilledLine> lines, List<WorkbookProblem> problems) {
    }

    /** One line's values as the department left them; {@code readable} is false when a cell could not be read. */
    record FilledLine(WorkbookMeta.Line meta, String target, String actual, String note, boolean readable) {
    }

    private WorkbookReader() {
    }

    static Filled read(byte[] bytes) {
        try (XSSFWorkbook book = open(bytes)) {
            WorkbookMeta meta = meta(book.getSheet(WorkbookLayout.META));
            Sheet input = book.getSheet(INPUT);
            if (input == null) {
                throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.notOurs"));
            }
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter(java.util.Locale.JAPAN);
            List<FilledLine> lines = new ArrayList<>();
            List<WorkbookProblem> problems = new ArrayList<>();
            for (WorkbookMeta.Line line : meta.lines()) {
                Row row = input.getRow(line.row() - 1);
                String year = row == null ? null : text(row.getCell(WorkbookLayout.YEAR), formatter, evaluator);
                if (!FiscalYear.of(line.fiscalYear()).label().equals(year)) {
                    problems.add(WorkbookProblem.at(INPUT, "E" + line.row(), "roundbook.rowMoved",
                            FiscalYear.of(line.fiscalYear()).label()));
                    lines.add(new FilledLine(line, null, null, null, false));
                    continue;
                }
                String[] values = new String[3];
                boolean readable = true;
                for (int c = TARGET; c <= NOTE; c++) {
                    Cell cell = row.getCell(c);
                    String error = error(cell, evaluator);
                    if (error != null) {
                        problems.add(WorkbookProblem.at(INPUT, WorkbookLayout.inputCell(c, line.row()),
                                "roundbook.cellError", error));
                        readable = false;
                    } else {
                        values[c - TARGET] = blankToNull(text(cell, formatter, evaluator));
                    }
                }
                lines.add(new FilledLine(line, values[0], values[1], values[2], readable));
            }
            return new Filled(meta, lines, problems);
        } catch (java.io.IOException e) {
            throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.notAWorkbook"));
        }
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            // POI says "not an OOXML file", "zip bomb" or "invalid header" in many exception types
            throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.notAWorkbook"));
        }
    }

    private static WorkbookMeta meta(Sheet sheet) {
        if (sheet == null) {
            throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.notOurs"));
        }
        Map<String, String> facts = new HashMap<>();
        for (int r = 0; r < WorkbookLayout.META_LINES - 1; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(1) != null) {
                facts.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
        }
        if (!WorkbookLayout.FORMAT.equals(facts.get("format"))) {
            throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.notOurs"));
        }
        try {
            List<WorkbookMeta.Line> lines = new ArrayList<>();
            for (int r = WorkbookLayout.META_LINES; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                lines.add(new WorkbookMeta.Line(Integer.parseInt(string(row, 0)), Long.parseLong(string(row, 1)),
                        string(row, 2), Integer.parseInt(string(row, 3)), string(row, 4)));
            }
            return new WorkbookMeta(Long.parseLong(facts.get("round")), Long.parseLong(facts.get("task")),
                    Long.parseLong(facts.get("department")), facts.get("departmentName"),
                    Long.parseLong(facts.get("organization")), Long.parseLong(facts.get("plan")), lines);
        } catch (RuntimeException e) {
            // a hidden sheet someone edited by hand is not one this application wrote
            throw new WorkbookRefused(WorkbookProblem.ofWorkbook("roundbook.notOurs"));
        }
    }

    private static String string(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    /** The error a cell shows (#VALUE!, #DIV/0! …), directly or as its formula's result; null if none. */
    private static String error(Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.ERROR) {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            try {
                var value = evaluator.evaluate(cell);
                if (value.getCellType() == CellType.ERROR) {
                    return FormulaError.forInt(value.getErrorValue()).getString();
                }
            } catch (RuntimeException e) {
                return cell.getCellFormula();
            }
        }
        return null;
    }

    /** The cell's value as it is shown: a number with the cell's format, a formula by its result. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
