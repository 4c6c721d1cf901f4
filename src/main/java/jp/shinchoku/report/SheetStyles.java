package jp.shinchoku.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The look every workbook of the application shares: grey bold headers, wrapped text aligned to
 * the top, and column widths that fit Japanese text. The plan workbook and the departments'
 * reporting workbooks both use it, so they read as one family.
 */
public final class SheetStyles {

    /** Excel counts column widths in 1/256 of a character; wide Japanese characters count about two. */
    public static final int UNIT = 256;
    public static final int MAX_CHARS = 60;

    public final CellStyle header;
    public final CellStyle text;

    public SheetStyles(Workbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = book.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The width a text needs in Excel's character units: the longest line, wide characters counted twice. */
    public static int width(String text) {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < line.length(); i++) {
                w += line.charAt(i) < 0x2E80 ? 1 : 2;
            }
            widest = Math.max(widest, w);
        }
        return widest;
    }

    /** A column width for Excel that fits {@code chars} characters, capped so long texts wrap instead. */
    public static int columnWidth(int chars) {
        return Math.min(chars + 2, MAX_CHARS) * UNIT;
    }
}
