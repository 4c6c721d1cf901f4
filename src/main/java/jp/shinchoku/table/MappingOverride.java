package jp.shinchoku.table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person says about a table where the inference would guess wrong: the sheet, the header
 * lines, the plan period's last year, and what some columns hold. Columns are named by letter
 * (A, B …), by number (1, 2 …) or by their header text. Everything is optional; what is not
 * given is inferred. The JSON form is documented in docs/import-template.md.
 */
public record MappingOverride(String sheet, Integer firstHeaderLine, Integer lastHeaderLine, Integer periodEnd,
        Map<String, ColumnSpec> columns) {

    public static final MappingOverride NONE = new MappingOverride(null, null, null, null, Map.of());

    public MappingOverride {
        columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
    }

    /** What one column holds; the year and kind only for a value column. */
    public record ColumnSpec(Role role, Integer fiscalYear, Kind kind) {
    }
}
