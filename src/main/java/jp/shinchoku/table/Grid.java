package jp.shinchoku.table;

import java.util.List;

/**
 * A table as read from its file, before any meaning is given to it: rows of cell texts, each row
 * with its 1-based number in the file. {@code lettered} columns are named as a spreadsheet names
 * them (A, B, … AA), others by their 1-based number.
 */
record Grid(String fileName, List<Line> lines, boolean lettered) {

    Grid {
        lines = List.copyOf(lines);
    }

    /** One row of the table: its number in the file and its cells as written (a text may keep its line breaks). */
    record Line(int number, List<String> cells) {

        Line {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        /** The cell, stripped; "" past the row's end. */
        String cell(int column) {
            return raw(column).strip();
        }

        /** The cell exactly as written; "" past the row's end. */
        String raw(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        List<String> filled() {
            return cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        }
    }

    int width() {
        return lines.stream().mapToInt(l -> l.cells().size()).max().orElse(0);
    }

    /** How a message names column {@code index} (0-based). */
    String columnName(int index) {
        if (!lettered) {
            return String.valueOf(index + 1);
        }
        return letters(index);
    }

    static String letters(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
