package jp.shinchoku.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.InitiativeRef;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.stereotype.Component;

/**
 * A plan as the public sees it ({@link SnapshotService#current}), walked in document order: each
 * section with its path ("2.1" is the first sub-section of the second section), each initiative
 * with its section's path and, where it is still stored, its id (the address of its API page and
 * of the writes to it).
 */
@Component
class PublishedTree {

    private final SnapshotService snapshots;
    private final InitiativeStore initiatives;
    private final PlanStore plans;
    private final DepartmentStore departments;

    PublishedTree(SnapshotService snapshots, InitiativeStore initiatives, PlanStore plans, DepartmentStore departments) {
        this.snapshots = snapshots;
        this.initiatives = initiatives;
        this.plans = plans;
        this.departments = departments;
    }

    record PlacedSection(String path, int depth, Section section) {
    }

    record PlacedInitiative(Long id, String section, Initiative initiative) {
    }

    PublishedPlan plan(long planId) {
        return snapshots.current(planId).orElseThrow(() -> new ApiNotFound("plan " + planId));
    }

    static List<PlacedSection> sections(PublishedPlan plan) {
        List<PlacedSection> all = new ArrayList<>();
        walk(plan.document().sections(), "", 1, all);
        return all;
    }

    List<PlacedInitiative> initiatives(PublishedPlan plan) {
        Map<String, Long> ids = new HashMap<>();
        for (InitiativeRef ref : initiatives.refs(plan.planId())) {
            ids.put(ref.key(), ref.id());
        }
        List<PlacedInitiative> all = new ArrayList<>();
        for (PlacedSection s : sections(plan)) {
            for (Initiative i : s.section().initiatives()) {
                all.add(new PlacedInitiative(ids.get(Identity.initiativeKey(i)), s.path(), i));
            }
        }
        return all;
    }

    /**
     * The names by which the plan as published refers to the department called {@code department}
     * now: those it has borne, but for one another department bore when the report was published
     * (the department page's rule). A name no department of the plan's organisation bears now is
     * taken as written.
     */
    Set<String> namesOf(PublishedPlan plan, String department) {
        return plans.organizationOf(plan.planId()).flatMap(org -> departments.named(org, department)
                .map(id -> departments.history(org)
                        .namesAt(id, plan.isPublished() ? plan.snapshot().publishedAt() : null).keySet()))
                .orElse(Set.of(department));
    }

    /** The initiative with this id as last published, with the plan it was published in. */
    Found initiative(long id) {
        InitiativeRef ref = initiatives.ref(id).orElseThrow(() -> new ApiNotFound("initiative " + id));
        PublishedPlan plan = plan(ref.planId());
        Optional<PlacedInitiative> placed = initiatives(plan).stream()
                .filter(p -> p.id() != null && p.id() == id).findFirst();
        return new Found(plan, ref, placed.orElseThrow(() -> new ApiNotFound("initiative " + id)));
    }

    record Found(PublishedPlan plan, InitiativeRef ref, PlacedInitiative initiative) {
    }

    private static void walk(List<Section> sections, String prefix, int depth, List<PlacedSection> into) {
        for (int n = 0; n < sections.size(); n++) {
            String path = prefix + (n + 1);
            into.add(new PlacedSection(path, depth, sections.get(n)));
            walk(sections.get(n).sections(), path + ".", depth + 1, into);
        }
    }
}
