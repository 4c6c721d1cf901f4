package jp.shinchoku.opendata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.PlanSummary;
import org.springframework.stereotype.Component;

/**
 * Where open data gets its plans: today every stored plan as evaluated now, dated by the plan's
 * own as-of date (or today). The one place to switch to the latest published snapshot of each plan.
 */
@Component
public class OpenDataSource {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final PlanStore plans;
    private final EvaluationService evaluations;
    private final LicenceStore licences;

    public OpenDataSource(PlanStore plans, EvaluationService evaluations, LicenceStore licences) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.licences = licences;
    }

    /** The ids of the plans that have open data, in the order the catalogue lists them. */
    public List<Long> planIds() {
        return plans.list().stream().map(PlanSummary::id).toList();
    }

    public Optional<OpenDataInput> load(long planId) {
        return evaluations.evaluatedPlan(planId).map(plan -> new OpenDataInput(planId, plan,
                plan.asOf() != null ? plan.asOf() : LocalDate.now(JAPAN), evaluations.scale(plan.organization()),
                licences.licence(plan.organization())));
    }
}
