package jp.shinchoku.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import jp.shinchoku.importer.ImportException;
import org.junit.jupiter.api.Test;

class TableFilesTest {

    private static final String CSV = "指標名,R4目標\n\"来庁者数, 本庁\",100\n";

    @Test
    void csvIsReadInUtf8WithOrWithoutABomAndInShiftJis() throws Exception {
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        for (byte[] bytes : new byte[][] {utf8, bom, CSV.getBytes(Charset.forName("windows-31j"))}) {
            Grid grid = TableFiles.read("t.csv", bytes, null);
            assertThat(grid.lines().get(0).cells()).containsExactly("指標名", "R4目標");
            assertThat(grid.lines().get(1).cells()).containsExactly("来庁者数, 本庁", "100");
        }
    }

    @Test
    void aCsvRowIsNamedByTheLineItStartsOnEvenAfterACellWithALineBreak() throws Exception {
        Grid grid = TableFiles.read("t.csv", "指標名,R4\n\"二行の\n指標\",1\n次,2\n".getBytes(StandardCharsets.UTF_8), null);

        assertThat(grid.lines()).extracting(Grid.Line::number).containsExactly(1, 2, 4);
    }

    @Test
    void textAlignedWithSpacesKeepsSingleSpacesInsideACellAndPlacesAShortRowByPosition() throws Exception {
        String text = """
                指標名            R4            R5
                小中の割合        小 8.9%       小 9.5%
                相談件数                        40
                """;
        Grid grid = TableFiles.read("t.txt", text.getBytes(StandardCharsets.UTF_8), null);

        assertThat(grid.lines().get(1).cells()).containsExactly("小中の割合", "小 8.9%", "小 9.5%");
        assertThat(grid.lines().get(2).cells()).containsExactly("相談件数", "", "40");
    }

    @Test
    void bytesThatAreNeitherUtf8NorShiftJisAreRefused() {
        assertThatThrownBy(() -> TableFiles.read("t.csv", new byte[] {(byte) 0x82, (byte) 0xFF, 0x41}, null))
                .isInstanceOf(ImportException.class)
                .hasMessage("t.csv:1: the file is neither UTF-8 nor Shift_JIS (CP932) text; save it as CSV (UTF-8) and try again");
    }

    @Test
    void spreadsheetColumnsAreNamedByLetter() {
        Grid grid = new Grid("t.xlsx", java.util.List.of(), true);
        assertThat(grid.columnName(0)).isEqualTo("A");
        assertThat(grid.columnName(25)).isEqualTo("Z");
        assertThat(grid.columnName(26)).isEqualTo("AA");
        assertThat(new Grid("t.csv", java.util.List.of(), false).columnName(2)).isEqualTo("3");
    }
}
