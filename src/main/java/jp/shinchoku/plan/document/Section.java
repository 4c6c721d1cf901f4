package jp.shinchoku.plan.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** A node of a plan's tree (ビジョン1, 約束3, 柱2, ③ …) holding sub-sections and initiatives. */
@JsonPropertyOrder({"label", "title", "texts", "sections", "initiatives"})
public record Section(
        String label,
        String title,
        List<LabeledText> texts,
        List<Section> sections,
        List<Initiative> initiatives) {

    public Section {
        texts = List.copyOf(texts == null ? List.of() : texts);
        sections = List.copyOf(sections == null ? List.of() : sections);
        initiatives = List.copyOf(initiatives == null ? List.of() : initiatives);
    }

    public Section mapInitiatives(java.util.function.UnaryOperator<Initiative> change) {
        return new Section(label, title, texts, sections.stream().map(s -> s.mapInitiatives(change)).toList(),
                initiatives.stream().map(change).toList());
    }

    public List<Initiative> allInitiatives() {
        List<Initiative> all = new ArrayList<>(initiatives);
        sections.forEach(s -> all.addAll(s.allInitiatives()));
        return all;
    }

    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        all.add(this);
        sections.forEach(s -> all.addAll(s.allSections()));
        return all;
    }
}
