package jp.shinchoku.plan;

import java.util.List;
import java.util.Optional;
import jp.shinchoku.plan.document.PlanDocument;

/** A stored plan with the ids of its rows, for screens and commands that change one part of it. */
public record StoredPlan(long id, long organizationId, PlanDocument document, List<StoredSection> sections,
        List<StoredInitiative> initiatives) {

    public StoredPlan {
        sections = List.copyOf(sections);
        initiatives = List.copyOf(initiatives);
    }

    public Optional<StoredInitiative> initiative(long initiativeId) {
        return initiatives.stream().filter(i -> i.id() == initiativeId).findFirst();
    }
}
