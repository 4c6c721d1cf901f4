package jp.shinchoku.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import org.springframework.stereotype.Component;

/**
 * Where the reports get their plan: today the live plan as evaluated now, dated by the plan's own
 * as-of date (or today). The one place to switch to the latest published snapshot.
 */
@Component
public class ReportSource {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final EvaluationService evaluations;

    public ReportSource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    public Optional<ReportInput> load(long planId) {
        return evaluations.evaluatedPlan(planId).map(plan -> new ReportInput(plan,
                plan.asOf() != null ? plan.asOf() : LocalDate.now(JAPAN), evaluations.scale(plan.organization())));
    }
}
