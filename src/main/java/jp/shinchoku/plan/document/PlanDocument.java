package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan document: the one model every importer produces, every export writes and every
 * import reads back (format {@value #FORMAT}, documented in docs/plan-document.md).
 */
@JsonPropertyOrder({"format", "organization", "title", "asOf", "fiscalYears", "source", "texts", "sections"})
public record PlanDocument(
        String format,
        String organization,
        String title,
        LocalDate asOf,
        List<Integer> fiscalYears,
        Source source,
        List<LabeledText> texts,
        List<Section> sections) {

    public static final String FORMAT = "shinchoku/plan-v1";

    public PlanDocument {
        fiscalYears = List.copyOf(fiscalYears == null ? List.of() : fiscalYears);
        texts = List.copyOf(texts == null ? List.of() : texts);
        sections = List.copyOf(sections == null ? List.of() : sections);
    }

    public PlanDocument withOrganization(String newOrganization) {
        return new PlanDocument(format, newOrganization, title, asOf, fiscalYears, source, texts, sections);
    }

    public PlanDocument withTitle(String newTitle) {
        return new PlanDocument(format, organization, newTitle, asOf, fiscalYears, source, texts, sections);
    }

    public PlanDocument withSource(Source newSource) {
        return new PlanDocument(format, organization, title, asOf, fiscalYears, newSource, texts, sections);
    }

    /** The same plan with every initiative replaced by what {@code change} makes of it. */
    public PlanDocument mapInitiatives(java.util.function.UnaryOperator<Initiative> change) {
        return new PlanDocument(format, organization, title, asOf, fiscalYears, source, texts,
                sections.stream().map(s -> s.mapInitiatives(change)).toList());
    }

    /** Every initiative of the plan, depth first, in source order. */
    public List<Initiative> allInitiatives() {
        return sections.stream().flatMap(s -> s.allInitiatives().stream()).toList();
    }

    /** Every section of the plan, depth first, in source order. */
    public List<Section> allSections() {
        return sections.stream().flatMap(s -> s.allSections().stream()).toList();
    }
}
