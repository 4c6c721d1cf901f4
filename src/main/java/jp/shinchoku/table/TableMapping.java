package jp.shinchoku.table;

import java.util.List;

/**
 * How a table's columns are read: the lines of its header (1-based, first and last), what each
 * column holds, and the last fiscal year of the plan period where the table gives one (for 5ヵ年目標).
 */
public record TableMapping(String sheet, int firstHeaderLine, int lastHeaderLine, Integer periodEnd,
        List<Column> columns) {

    public TableMapping {
        columns = List.copyOf(columns);
    }

    public List<Column> withRole(Role role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }

    public Column column(int index) {
        return columns.stream().filter(c -> c.index() == index).findFirst().orElse(null);
    }
}
