package jp.shinchoku.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanRevision;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.PlanSummary;
import org.springframework.stereotype.Component;

/**
 * Every stored plan at its latest revision, as imported. The one class to replace when search
 * must show the latest published snapshot of each plan instead.
 */
@Component
final class ImportedPlans implements SearchSource {

    private final PlanStore plans;
    private final EvaluationService evaluations;

    ImportedPlans(PlanStore plans, EvaluationService evaluations) {
        this.plans = plans;
        this.evaluations = evaluations;
    }

    @Override
    public Map<Long, String> versions() {
        Map<Long, String> versions = new LinkedHashMap<>();
        for (PlanSummary p : plans.list()) {
            versions.put(p.id(), stamp(p.revision()));
        }
        return versions;
    }

    @Override
    public Optional<SourcePlan> load(long planId) {
        // the revision first: an import landing between the two reads is indexed again next time
        Optional<String> version = plans.revisions(planId).stream().map(PlanRevision::revision)
                .max(Integer::compare).map(ImportedPlans::stamp);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        return evaluations.evaluatedPlan(planId).map(d -> new SourcePlan(planId, version.get(), d,
                evaluations.scale(d.organization())));
    }

    private static String stamp(int revision) {
        return "revision:" + revision;
    }
}
