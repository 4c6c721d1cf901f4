package jp.shinchoku.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.shinchoku.importer.ImportException;

/**
 * A person's corrections to an inferred mapping, kept as an override of only what differs from
 * the inference: a column the inference reads right is left to it, so that a saved mapping still
 * fits next year's table where a year column has been added. A corrected column is named by its
 * header when no other column has the same one (the header outlives a shifted column), else by its
 * letter or number.
 */
final class MappingCorrection {

    private MappingCorrection() {
    }

    /**
     * The override that reads {@code grid} with the given header lines and period end, and each
     * column in {@code submitted} (by 0-based index) as given. When the header lines change, the
     * columns under the old ones mean nothing under the new: only the lines are kept.
     */
    static MappingOverride of(Grid grid, MappingOverride current, Integer firstHeaderLine, Integer lastHeaderLine,
            Integer periodEnd, Map<Integer, MappingOverride.ColumnSpec> submitted) throws ImportException {
        MappingInference.Attempt before = MappingInference.attempt(grid, current);
        boolean sameLines = (firstHeaderLine == null || firstHeaderLine == before.mapping().firstHeaderLine())
                && (lastHeaderLine == null || lastHeaderLine == before.mapping().lastHeaderLine());
        Integer first = sameLines ? current.firstHeaderLine() : firstHeaderLine;
        Integer last = sameLines ? current.lastHeaderLine() : (lastHeaderLine == null ? firstHeaderLine : lastHeaderLine);
        Integer period = Objects.equals(periodEnd, before.mapping().periodEnd()) ? current.periodEnd() : periodEnd;
        MappingOverride frame = new MappingOverride(current.sheet(), first, last, period, Map.of());
        if (!sameLines) {
            return frame;
        }
        MappingInference.Attempt inferred = MappingInference.attempt(grid, frame);
        List<String> headers = inferred.mapping().columns().stream().map(Column::header).toList();
        Map<String, MappingOverride.ColumnSpec> columns = new LinkedHashMap<>();
        submitted.forEach((index, spec) -> {
            Column column = inferred.mapping().column(index);
            if (column == null || !readsAs(column, spec) || notUnderstood(column)) {
                columns.put(key(grid, headers, index, column), normalized(spec));
            }
        });
        return new MappingOverride(frame.sheet(), first, last, period, columns);
    }

    static boolean notUnderstood(Column column) {
        return column.role() == Role.IGNORE && column.reason().equals(MappingInference.NOT_UNDERSTOOD);
    }

    private static boolean readsAs(Column column, MappingOverride.ColumnSpec spec) {
        return column.role() == spec.role() && (spec.role() != Role.VALUE
                || Objects.equals(column.fiscalYear(), spec.fiscalYear()) && column.kind() == spec.kind());
    }

    /** A year and a kind mean something only for a value column. */
    private static MappingOverride.ColumnSpec normalized(MappingOverride.ColumnSpec spec) {
        return spec.role() == Role.VALUE ? spec : new MappingOverride.ColumnSpec(spec.role(), null, null);
    }

    private static String key(Grid grid, List<String> headers, int index, Column column) {
        String header = column == null ? "" : Headings.compact(column.header());
        boolean unique = !header.isEmpty() && !header.matches("^[A-Z]{1,2}$|^\\d+$")
                && headers.stream().filter(h -> Headings.compact(h).equals(header)).count() == 1;
        return unique ? header : grid.columnName(index);
    }
}
