package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import tools.jackson.core.JacksonException;

/** Reads back a plan document that {@code shinchoku export} wrote. */
final class PlanDocumentImporter implements PlanImporter {

    @Override
    public String layout() {
        return PlanDocument.FORMAT;
    }

    @Override
    public String description() {
        return "Shinchoku plan document (JSON, written by shinchoku export)";
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
            document = PlanDocumentJson.read(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ImportException(source.problem(line, "not a valid plan document: " + e.getOriginalMessage()));
        }
        if (!PlanDocument.FORMAT.equals(document.format())) {
            throw new ImportException(source.problem(1, "unsupported format \"" + document.format()
                    + "\": this version of Shinchoku reads " + PlanDocument.FORMAT));
        }
        if (document.title() == null || document.title().isBlank()) {
            throw new ImportException(source.problem(1, "the plan document has no title"));
        }
        return document;
    }
}
