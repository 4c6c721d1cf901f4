package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One initiative (取組, 施策, 推進項目 …). {@code code} is the document's own number (01-01, 30,
 * 47a); {@code label} a sub-item mark such as イ where the document gives one.
 */
@JsonPropertyOrder({"code", "label", "title", "ownerDepartments", "relatedDepartments", "contacts",
        "targetFiscalYear", "texts", "schedule", "indicators"})
public record Initiative(
        String code,
        String label,
        String title,
        List<String> ownerDepartments,
        List<String> relatedDepartments,
        List<Contact> contacts,
        Integer targetFiscalYear,
        List<LabeledText> texts,
        List<ScheduleRow> schedule,
        List<Indicator> indicators) {

    public Initiative {
        ownerDepartments = List.copyOf(ownerDepartments == null ? List.of() : ownerDepartments);
        relatedDepartments = List.copyOf(relatedDepartments == null ? List.of() : relatedDepartments);
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
        texts = List.copyOf(texts == null ? List.of() : texts);
        schedule = List.copyOf(schedule == null ? List.of() : schedule);
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
    }

    public Initiative withIndicators(List<Indicator> newIndicators) {
        return new Initiative(code, label, title, ownerDepartments, relatedDepartments, contacts, targetFiscalYear, texts,
                schedule, newIndicators);
    }

    /** How the initiative is told apart from the others of its plan: its code, or its title without one. */
    public String key() {
        return code != null ? code : title;
    }

    /** The text under {@code label}, or null when the initiative has none. */
    public String text(String label) {
        return texts.stream().filter(t -> t.label().equals(label)).map(LabeledText::text).findFirst().orElse(null);
    }
}
