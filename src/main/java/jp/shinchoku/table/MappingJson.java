package jp.shinchoku.table;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a mapping (docs/import-template.md):
 * <pre>
 * {"sheet": "KPI", "headerLines": [3, 4], "periodEnd": 2025,
 *  "columns": {"A": "section", "指標名": "indicator", "E": {"role": "value", "fiscalYear": 2023, "kind": "target"}}}
 * </pre>
 * Every field is optional. Roles and kinds are written in lower case, with '-' for '_'.
 */
public final class MappingJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private MappingJson() {
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    public static MappingOverride read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the mapping is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the mapping must be a JSON object");
        }
        for (String field : root.propertyNames()) {
            if (!java.util.Set.of("sheet", "headerLines", "periodEnd", "columns").contains(field)) {
                throw new IllegalArgumentException("the mapping has an unknown field \"" + field
                        + "\" (known: sheet, headerLines, periodEnd, columns)");
            }
        }
        String sheet = root.hasNonNull("sheet") ? text(root.get("sheet"), "sheet") : null;
        Integer first = null;
        Integer last = null;
        if (root.hasNonNull("headerLines")) {
            JsonNode lines = root.get("headerLines");
            if (!lines.isArray() || lines.isEmpty() || lines.size() > 2 || !lines.get(0).isInt()
                    || !lines.get(lines.size() - 1).isInt()) {
                throw new IllegalArgumentException("\"headerLines\" must be [LINE] or [FIRST, LAST], 1-based line numbers");
            }
            first = lines.get(0).intValue();
            last = lines.get(lines.size() - 1).intValue();
        }
        Integer periodEnd = root.hasNonNull("periodEnd") ? year(root.get("periodEnd"), "periodEnd") : null;
        Map<String, MappingOverride.ColumnSpec> columns = new LinkedHashMap<>();
        if (root.hasNonNull("columns")) {
            JsonNode cs = root.get("columns");
            if (!cs.isObject()) {
                throw new IllegalArgumentException("\"columns\" must be an object: column (A, 3 or header) → role");
            }
            for (var e : cs.properties()) {
                columns.put(e.getKey(), spec(e.getKey(), e.getValue()));
            }
        }
        return new MappingOverride(sheet, first, last, periodEnd, columns);
    }

    private static MappingOverride.ColumnSpec spec(String key, JsonNode node) {
        String where = "columns." + key;
        if (node.isString()) {
            return new MappingOverride.ColumnSpec(role(node.stringValue(), where), null, null);
        }
        if (!node.isObject() || !node.hasNonNull("role")) {
            throw new IllegalArgumentException("\"" + where + "\" must be a role or {\"role\": …, \"fiscalYear\": …, \"kind\": …}");
        }
        Role role = role(text(node.get("role"), where + ".role"), where + ".role");
        Integer year = node.hasNonNull("fiscalYear") ? year(node.get("fiscalYear"), where + ".fiscalYear") : null;
        Kind kind = null;
        if (node.hasNonNull("kind")) {
            String k = text(node.get("kind"), where + ".kind");
            try {
                kind = Kind.valueOf(k.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + where + ".kind\" is \"" + k + "\": use target, actual or baseline");
            }
        }
        return new MappingOverride.ColumnSpec(role, year, kind);
    }

    private static Role role(String value, String where) {
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + where + "\" is \"" + value + "\", which is no role: use "
                    + String.join(", ", java.util.Arrays.stream(Role.values()).map(MappingJson::name).toList()));
        }
    }

    private static String text(JsonNode node, String where) {
        if (!node.isString()) {
            throw new IllegalArgumentException("\"" + where + "\" must be a string");
        }
        return node.stringValue();
    }

    private static int year(JsonNode node, String where) {
        if (!node.isInt() || node.intValue() < 1900 || node.intValue() > 2200) {
            throw new IllegalArgumentException("\"" + where + "\" must be a Western fiscal year such as 2025");
        }
        return node.intValue();
    }

    static String name(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A mapping as JSON that {@link #read} reads back: what the inference found, for a person to correct. */
    static String write(TableMapping mapping, Grid grid) {
        ObjectNode root = MAPPER.createObjectNode();
        if (mapping.sheet() != null) {
            root.put("sheet", mapping.sheet());
        }
        root.putArray("headerLines").add(mapping.firstHeaderLine()).add(mapping.lastHeaderLine());
        if (mapping.periodEnd() != null) {
            root.put("periodEnd", mapping.periodEnd());
        }
        ObjectNode columns = root.putObject("columns");
        for (Column c : mapping.columns()) {
            String key = grid.columnName(c.index());
            if (c.role() == Role.VALUE) {
                ObjectNode v = columns.putObject(key).put("role", name(c.role()));
                if (c.fiscalYear() != null) {
                    v.put("fiscalYear", c.fiscalYear());
                }
                if (c.kind() != null) {
                    v.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
                }
            } else {
                columns.put(key, name(c.role()));
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** Saved mappings are kept as their JSON. */
    public static String write(MappingOverride override) {
        ObjectNode root = MAPPER.createObjectNode();
        if (override.sheet() != null) {
            root.put("sheet", override.sheet());
        }
        if (override.firstHeaderLine() != null) {
            root.putArray("headerLines").add(override.firstHeaderLine())
                    .add(override.lastHeaderLine() == null ? override.firstHeaderLine() : override.lastHeaderLine());
        }
        if (override.periodEnd() != null) {
            root.put("periodEnd", override.periodEnd());
        }
        ObjectNode columns = root.putObject("columns");
        override.columns().forEach((key, spec) -> {
            ObjectNode v = columns.putObject(key).put("role", name(spec.role()));
            if (spec.fiscalYear() != null) {
                v.put("fiscalYear", spec.fiscalYear());
            }
            if (spec.kind() != null) {
                v.put("kind", spec.kind().name().toLowerCase(Locale.ROOT));
            }
        });
        return MAPPER.writeValueAsString(root);
    }
}
