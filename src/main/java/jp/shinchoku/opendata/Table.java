package jp.shinchoku.opendata;

import java.util.List;

/**
 * One dataset as rows of cells, written alike to CSV and to a workbook sheet. A cell is a String,
 * a number (Integer or BigDecimal, so that spreadsheets can sum it) or null for nothing.
 */
public record Table(String id, String title, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
