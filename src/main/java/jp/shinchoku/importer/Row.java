package jp.shinchoku.importer;

import java.util.List;

/** One line of an extracted table: its 1-based line number and its tab-separated cells. */
public record Row(int number, String raw, List<String> cells) {

    /** The cell at {@code index}, stripped; "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** The stripped cells that hold any text, in order. */
    public List<String> filled() {
        return cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    public boolean isBlank() {
        return raw.isBlank();
    }

    /** The first filled cell, or "". */
    public String first() {
        List<String> f = filled();
        return f.isEmpty() ? "" : f.get(0);
    }

    public int indexOf(String cellText) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).strip().equals(cellText)) {
                return i;
            }
        }
        return -1;
    }
}
