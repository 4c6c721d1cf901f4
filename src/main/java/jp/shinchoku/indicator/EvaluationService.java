package jp.shinchoku.indicator;

import java.util.Optional;
import jp.shinchoku.indicator.EvaluationInputs.IndicatorKey;
import jp.shinchoku.indicator.EvaluationInputs.YearKey;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stored plans evaluated with their organisation's scale and the decisions people recorded. */
@Service
public class EvaluationService {

    private final PlanStore plans;
    private final EvaluationStore store;

    public EvaluationService(PlanStore plans, EvaluationStore store) {
        this.plans = plans;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Optional<PlanDocument> evaluatedPlan(long planId) {
        return plans.load(planId).map(p -> Evaluator.evaluate(p, inputs(planId, p.organization())));
    }

    public EvaluationInputs inputs(long planId, String organization) {
        return new EvaluationInputs(store.scale(organization), store.directions(planId), store.judgements(planId));
    }

    public GradeScale scale(String organization) {
        return store.scale(organization);
    }

    /** Sets the direction of one indicator; null withdraws a direction set earlier. */
    @Transactional
    public void setDirection(long planId, String initiative, String indicator, Direction direction, String reason,
            String setBy) {
        IndicatorKey key = existing(planId, initiative, indicator);
        store.setDirection(planId, key, direction, reason, setBy);
    }

    /** Records a person's grade of one fiscal year; a null grade withdraws an earlier judgement. */
    @Transactional
    public void judge(long planId, String initiative, String indicator, int fiscalYear, Grade grade, String reason,
            String judgedBy) {
        IndicatorKey key = existing(planId, initiative, indicator);
        store.judge(planId, new YearKey(key, fiscalYear), grade, reason, judgedBy);
    }

    /**
     * After an import of a plan document that states directions: keeps, as set by the importing
     * user, each direction that differs from what Shinchoku would infer, so that an exported plan
     * comes back with the directions people chose.
     */
    @Transactional
    public void keepStatedDirections(long planId, PlanDocument imported, String actor) {
        for (Initiative i : imported.allInitiatives()) {
            for (Indicator k : i.indicators()) {
                if (k.direction() == null) {
                    continue;
                }
                Direction stated = Direction.of(k.direction());
                if (stated != DirectionRule.infer(k.asStated()).direction()) {
                    String reason = Evaluator.personsReason(k.directionReason()).orElse("取り込んだ計画文書の指定");
                    store.setDirection(planId, Evaluator.keyOf(i, k), stated, reason, actor);
                }
            }
        }
    }

    private IndicatorKey existing(long planId, String initiative, String indicator) {
        PlanDocument plan = plans.load(planId).orElseThrow(() -> new NotFound("there is no plan " + planId));
        Initiative found = plan.allInitiatives().stream().filter(i -> i.key().equals(initiative)).findFirst()
                .orElseThrow(() -> new NotFound("plan " + planId + " has no initiative \"" + initiative + "\""));
        Indicator k = found.indicators().stream()
                .filter(x -> indicator.equals(x.label()) || indicator.equals(x.name())).findFirst()
                .orElseThrow(() -> new NotFound("initiative \"" + initiative + "\" has no indicator \"" + indicator + "\""));
        return Evaluator.keyOf(found, k);
    }

    /** A plan, initiative or indicator that does not exist. */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
