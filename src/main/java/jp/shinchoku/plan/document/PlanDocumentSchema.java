package jp.shinchoku.plan.document;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.i18n.DefaultMessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan document's JSON Schema (docs/plan-v1.schema.json): what {@code export} writes, and what
 * {@code import} checks a JSON document against before reading it, so that a title of 1 or a
 * year written in words is refused with the JSON path and line where it stands.
 */
public final class PlanDocumentSchema {

    private static final String RESOURCE = "/schema/plan-v1.schema.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = load();

    /**
     * One place where the document breaks the schema: its JSON path ($.sections[0].title), line and
     * what is wrong, in English and in the validator's own Japanese.
     */
    public record Violation(String path, int line, String message, String japanese) {
    }

    private PlanDocumentSchema() {
    }

    private static Schema load() {
        try (InputStream in = PlanDocumentSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan document schema " + RESOURCE + " is not on the classpath");
            }
            SchemaRegistryConfig config = new SchemaRegistryConfig.Builder().pathType(PathType.JSON_PATH).build();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    registry -> registry.schemaRegistryConfig(config)).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the schema, in document order; empty for a valid document. The text must be JSON. */
    public static List<Violation> check(String json) {
        JsonNode document = MAPPER.readTree(json);
        List<Error> errors = SCHEMA.validate(document);
        if (errors.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> lines = lines(json);
        return errors.stream().map(e -> {
            String path = e.getInstanceLocation().toString();
            return new Violation(path, lines.getOrDefault(path, 1), said(e, Locale.ROOT), said(e, Locale.JAPANESE));
        }).sorted(java.util.Comparator.comparingInt(Violation::line)).toList();
    }

    /**
     * The validator's words in {@code locale}, whatever the server's own locale is; its English is
     * its base bundle, asked for as {@link Locale#ROOT} because {@code ENGLISH} would fall back to the
     * server's locale (Japanese on a Japanese server) before the base bundle.
     */
    private static String said(Error error, Locale locale) {
        if (error.getMessageKey() == null) {
            return error.getMessage();
        }
        return DefaultMessageSource.getInstance().getMessage(error.getMessageKey(), error::getMessage, locale,
                error.getArguments());
    }

    /** The document's "format", as text; null when it has none. The text must be JSON. */
    public static String format(String json) {
        JsonNode format = MAPPER.readTree(json).get("format");
        return format == null || format.isNull() ? null : format.asString();
    }

    /** The line each value starts on, by its JSON path as the validator writes it ($.a.b[2]). */
    private static Map<String, Integer> lines(String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    lines.putIfAbsent(path(parser), parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    private static String path(JsonParser parser) {
        var context = parser.streamReadContext();
        if (context.inObject() || context.inArray()) {
            // the value's own path is its container's
            context = parser.currentToken().isStructStart() ? context.getParent() : context;
        }
        StringBuilder path = new StringBuilder();
        java.util.ArrayDeque<String> steps = new java.util.ArrayDeque<>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.currentName());
        }
        path.append('$');
        steps.forEach(path::append);
        return path.toString();
    }
}
