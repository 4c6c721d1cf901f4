package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;
import java.util.List;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.plan.document.PlanDocumentSchema;
import tools.jackson.core.JacksonException;

/** Reads back a plan document that {@code shinchoku export} wrote. */
final class PlanDocumentImporter implements PlanImporter {

    @Override
    public String layout() {
        return PlanDocument.FORMAT;
    }

    @Override
    public String description() {
        return describedAs().english();
    }

    @Override
    public Said describedAs() {
        return ImportMessage.PLAN_DOCUMENT_LAYOUT.with();
    }

    @Override
    public boolean recognizes(SourceText source) {
        String first = source.rows().stream().map(Row::raw).filter(r -> !r.isBlank()).findFirst().orElse("").strip();
        return first.startsWith("{") && source.contains(PlanDocument.FORMAT);
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        String json = String.join("\n", source.rows().stream().map(Row::raw).toList());
        PlanDocument document;
        try {
            String format = PlanDocumentSchema.format(json);
            if (!PlanDocument.FORMAT.equals(format)) {
                throw new ImportException(source.problem(1, ImportMessage.UNSUPPORTED_FORMAT, format, PlanDocument.FORMAT));
            }
            // the schema first: Jackson alone would read a title of 1 as "1"
            List<PlanDocumentSchema.Violation> violations = PlanDocumentSchema.check(json);
            if (!violations.isEmpty()) {
                throw new ImportException(violations.stream().map(v -> source.problem(v.line(),
                        ImportMessage.INVALID_DOCUMENT, v.path(), v.message(), v.japanese())).toList());
            }
            document = PlanDocumentJson.read(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ImportException(source.problem(line, ImportMessage.NOT_JSON, e.getOriginalMessage()));
        }
        if (document.title() == null || document.title().isBlank()) {
            throw new ImportException(source.problem(1, ImportMessage.DOCUMENT_WITHOUT_TITLE));
        }
        return document;
    }
}
