package jp.shinchoku.site;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;

/**
 * The address key of each section of a plan: its label (or title, or place where it has neither)
 * after its parents', joined by "-", as in {@code 柱2-③} or {@code ビジョン1-約束3}. A published
 * snapshot never changes, so its keys never do; the labels keep them readable.
 */
final class SectionKeys {

    private final Map<Section, String> keys = new IdentityHashMap<>();

    private SectionKeys(PlanDocument plan) {
        name(plan.sections(), "");
    }

    static SectionKeys of(PlanDocument plan) {
        return new SectionKeys(plan);
    }

    private void name(List<Section> sections, String parent) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String own = s.label() != null && !s.label().isBlank() ? s.label()
                    : s.title() != null && !s.title().isBlank() ? s.title() : String.valueOf(i + 1);
            String key = parent + own.strip().replaceAll("\\s+", "_").replace('/', '／');
            keys.put(s, key);
            name(s.sections(), key + "-");
        }
    }

    String key(Section section) {
        return keys.get(section);
    }

    Optional<Section> find(String key) {
        return keys.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst();
    }
}
