package jp.shinchoku.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.shinchoku.importer.ImportException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a table file into a {@link Grid}: XLSX (merged cells give their value to every cell they
 * cover), CSV, TSV and text aligned with spaces, in UTF-8 (with or without a BOM) or Shift_JIS
 * (CP932), which Japanese Excel still writes.
 */
final class TableFiles {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final Pattern ALIGNED_GAP = Pattern.compile(" {2,}|\u3000+|\t");

    private TableFiles() {
    }

    /** True when the name says it is a table: .csv, .tsv, .xlsx. */
    static boolean hasTableExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".xlsx");
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static byte[] bytes(Path file) throws ImportException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(Reason.of(TableMessage.FOLDER).at(name, 0));
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(Reason.of(TableMessage.NO_SUCH_FILE).at(name, 0));
        } catch (IOException e) {
            throw new ImportException(Reason.of(TableMessage.UNREADABLE_FILE, String.valueOf(e.getMessage())).at(name, 0));
        }
    }

    /** The grid of a file; {@code sheet} picks a workbook's sheet by name (null: the first). */
    static Grid read(String name, byte[] bytes, String sheet) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(Reason.of(TableMessage.EMPTY_FILE).at(name, 1));
        }
        if (isXlsx(bytes)) {
            return xlsx(name, bytes, sheet);
        }
        String text = decode(name, bytes);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return csv(name, text);
        }
        List<String> rows = List.of(text.split("\r\n|\r|\n", -1));
        long nonBlank = rows.stream().filter(r -> !r.isBlank()).count();
        long tabbed = rows.stream().filter(r -> r.contains("\t")).count();
        if (lower.endsWith(".tsv") || tabbed * 2 >= nonBlank) {
            List<Grid.Line> lines = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                lines.add(new Grid.Line(i + 1, List.of(rows.get(i).split("\t", -1))));
            }
            return new Grid(name, lines, false);
        }
        return aligned(name, rows);
    }

    /** UTF-8 when the bytes are UTF-8 (a BOM is dropped), otherwise Shift_JIS (CP932). */
    static String decode(String name, byte[] bytes) throws ImportException {
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes);
        if (utf8.isPresent()) {
            String text = utf8.get();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        return strict(CP932, bytes).orElseThrow(() -> new ImportException(Reason.of(TableMessage.NOT_TEXT).at(name, 1)));
    }

    private static Optional<String> strict(Charset charset, byte[] bytes) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Grid csv(String name, String text) throws ImportException {
        List<Grid.Line> lines = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            int line = 1;
            int scanned = 0;
            for (CSVRecord record : parser) {
                // the line a record starts on, so that a row with line breaks in its cells is named right
                for (int start = (int) record.getCharacterPosition(); scanned < start; scanned++) {
                    line += text.charAt(scanned) == '\n' ? 1 : 0;
                }
                lines.add(new Grid.Line(line, record.toList()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException(Reason.of(TableMessage.BAD_CSV, String.valueOf(e.getMessage())).at(name, 1));
        }
        return new Grid(name, lines, false);
    }

    /**
     * Text pasted from a web page or a PDF: cells apart by two spaces or more (one space stays
     * inside a cell, as in "小 8.9% 中 12.8%"). A row with fewer cells than the widest row puts
     * each cell in the column whose middle is nearest, counting full-width characters as two.
     */
    private static Grid aligned(String name, List<String> rows) {
        List<List<Segment>> segmented = rows.stream().map(TableFiles::segments).toList();
        List<Segment> widest = segmented.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(List.of());
        List<Grid.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Segment> cells = segmented.get(i);
            List<String> placed = new ArrayList<>();
            if (cells.size() == widest.size()) {
                cells.forEach(s -> placed.add(s.text()));
            } else {
                widest.forEach(s -> placed.add(""));
                for (Segment s : cells) {
                    int column = nearest(widest, s.middle());
                    placed.set(column, placed.get(column).isEmpty() ? s.text() : placed.get(column) + " " + s.text());
                }
            }
            lines.add(new Grid.Line(i + 1, placed));
        }
        return new Grid(name, lines, false);
    }

    private record Segment(String text, double middle) {
    }

    private static List<Segment> segments(String row) {
        List<Segment> segments = new ArrayList<>();
        var gaps = ALIGNED_GAP.matcher(row);
        int start = 0;
        while (true) {
            boolean found = gaps.find();
            int end = found ? gaps.start() : row.length();
            String text = row.substring(start, end);
            if (!text.isBlank()) {
                int offset = text.length() - text.stripLeading().length();
                double from = width(row.substring(0, start + offset));
                segments.add(new Segment(text.strip(), from + width(text.strip()) / 2.0));
            }
            if (!found) {
                return segments;
            }
            start = gaps.end();
        }
    }

    private static int nearest(List<Segment> columns, double middle) {
        int best = 0;
        for (int c = 1; c < columns.size(); c++) {
            if (Math.abs(columns.get(c).middle() - middle) < Math.abs(columns.get(best).middle() - middle)) {
                best = c;
            }
        }
        return best;
    }

    /** Display width: a full-width (Japanese) character takes two columns. */
    private static int width(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFF9F) ? 2 : 1).sum();
    }

    /** The names of a workbook's sheets, in order; none for a text table or an unreadable workbook. */
    static List<String> sheetNames(byte[] bytes) {
        if (!isXlsx(bytes)) {
            return List.of();
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Grid xlsx(String name, byte[] bytes, String sheetName) throws ImportException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new ImportException(Reason.of(TableMessage.NO_SHEET, sheetName).at(name, 0));
            }
            DataFormatter formatter = new DataFormatter(Locale.JAPAN);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> cells = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                    }
                }
                cells.add(values);
            }
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                String value = at(cells, merged.getFirstRow(), merged.getFirstColumn());
                for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
                    for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                        put(cells, r, c, value);
                    }
                }
            }
            List<Grid.Line> lines = new ArrayList<>();
            for (int r = 0; r < cells.size(); r++) {
                lines.add(new Grid.Line(r + 1, cells.get(r)));
            }
            return new Grid(name, lines, true);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Reason.of(TableMessage.BAD_XLSX, String.valueOf(e.getMessage())).at(name, 0));
        }
    }

    private static String at(List<List<String>> cells, int r, int c) {
        return r < cells.size() && c < cells.get(r).size() ? cells.get(r).get(c) : "";
    }

    private static void put(List<List<String>> cells, int r, int c, String value) {
        while (cells.size() <= r) {
            cells.add(new ArrayList<>());
        }
        List<String> row = cells.get(r);
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, value);
    }
}
