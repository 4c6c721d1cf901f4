package jp.shinchoku.plan.document;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the plan document as JSON: the one serializer that export and import share. */
public final class PlanDocumentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PlanDocumentJson() {
    }

    public static String write(PlanDocument document) {
        return MAPPER.writeValueAsString(document) + "\n";
    }

    /** One initiative as the plan document writes it: what an initiative's revision keeps. */
    public static String writeInitiative(Initiative initiative) {
        return MAPPER.writeValueAsString(initiative) + "\n";
    }

    public static Initiative readInitiative(String json) {
        return MAPPER.readValue(json, Initiative.class);
    }

    /** @throws JacksonException when the text is not a plan document; its location names the line */
    public static PlanDocument read(String json) {
        return MAPPER.readValue(json, PlanDocument.class);
    }
}
