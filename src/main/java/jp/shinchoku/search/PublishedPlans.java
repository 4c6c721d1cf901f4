package jp.shinchoku.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.stereotype.Component;

/**
 * What the public sees of each plan: the snapshot published last, or a plan never published as it
 * is stored. Search shows exactly what the public pages show, and finds a department in a report
 * by the name it bears now, whatever the report called it.
 */
@Component
final class PublishedPlans implements SearchSource {

    private final PlanStore plans;
    private final DepartmentStore departments;
    private final SnapshotService snapshots;
    private final EvaluationService evaluations;

    PublishedPlans(PlanStore plans, DepartmentStore departments, SnapshotService snapshots,
            EvaluationService evaluations) {
        this.plans = plans;
        this.departments = departments;
        this.snapshots = snapshots;
        this.evaluations = evaluations;
    }

    @Override
    public Map<Long, String> versions() {
        Map<Long, Long> published = snapshots.latestSnapshotIds();
        // a rename changes what a published name is called now, and so the filter's terms
        Map<Long, String> naming = departments.namingStamps();
        Map<Long, String> versions = new LinkedHashMap<>();
        plans.contentStamps().forEach((planId, stamp) -> versions.put(planId,
                (published.containsKey(planId) ? "snapshot:" + published.get(planId) : "stored:" + stamp)
                        + " departments:" + naming.getOrDefault(planId, "")));
        return versions;
    }

    @Override
    public Optional<SourcePlan> load(long planId, String version) {
        if (version == null) {
            return Optional.empty();
        }
        return snapshots.current(planId).map(p -> new SourcePlan(planId, version, p.document(),
                evaluations.scale(p.document().organization()), departmentsNow(p)));
    }

    /** Each department name of the version, with what its department is called now (the department page's rule). */
    private Map<String, List<String>> departmentsNow(PublishedPlan p) {
        return plans.organizationOf(p.planId()).map(org -> departments.history(org)
                .currentNamesAt(p.isPublished() ? p.snapshot().publishedAt() : null)).orElse(Map.of());
    }
}
