package jp.shinchoku.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.stereotype.Component;

/**
 * What the public sees of each plan: the snapshot published last, or a plan never published as it
 * is stored. Search shows exactly what the public pages show.
 */
@Component
final class PublishedPlans implements SearchSource {

    private final PlanStore plans;
    private final SnapshotService snapshots;
    private final EvaluationService evaluations;

    PublishedPlans(PlanStore plans, SnapshotService snapshots, EvaluationService evaluations) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.evaluations = evaluations;
    }

    @Override
    public Map<Long, String> versions() {
        Map<Long, Long> published = snapshots.latestSnapshotIds();
        Map<Long, String> versions = new LinkedHashMap<>();
        plans.contentStamps().forEach((planId, stamp) -> versions.put(planId,
                published.containsKey(planId) ? "snapshot:" + published.get(planId) : "stored:" + stamp));
        return versions;
    }

    @Override
    public Optional<SourcePlan> load(long planId) {
        // the stamp first: a change landing between the two reads is indexed again at the next check
        String version = versions().get(planId);
        if (version == null) {
            return Optional.empty();
        }
        return snapshots.current(planId).map(p -> new SourcePlan(planId, version, p.document(),
                evaluations.scale(p.document().organization())));
    }
}
