package jp.shinchoku.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV that Japanese Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends,
 * Japanese headers, and quotes only where a cell holds a comma, quote or line break.
 */
public final class CsvFile {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();

    private CsvFile() {
    }

    public static byte[] write(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
            csv.printRecord(table.columns().stream().map(Column::header).toList());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(CsvFile::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        // 1.5E+3 is not what a spreadsheet or a reader expects of 1500
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
