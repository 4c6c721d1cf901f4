package jp.shinchoku.indicator;

import java.util.Optional;
import jp.shinchoku.audit.AuditLog;
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
    private final AuditLog audit;

    EvaluationService(PlanStore plans, EvaluationStore store, AuditLog audit) {
        this.plans = plans;
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<PlanDocument> evaluatedPlan(long planId) {
        return plans.load(planId).map(p -> Evaluator.evaluate(p, inputs(planId, p.organization())));
    }

    public EvaluationInputs inputs(long planId, String organization) {
        return new EvaluationInputs(scale(organization), store.directions(planId), store.judgements(planId));
    }

    /** The named organisation's scale; the default when it never set one or is not registered. */
    public GradeScale scale(String organization) {
        return plans.findOrganization(organization).map(store::scale).orElse(GradeScale.DEFAULT);
    }

    /** The organisation's scale; the default when it never set one. */
    public GradeScale scale(long organizationId) {
        return store.scale(organizationId);
    }

    /**
     * Sets an organisation's scale and, in the same transaction, its audit entry naming the scale
     * before and after, so a grade that changed can be traced to the change. The write lives here,
     * not behind a public store method, so that no caller can change a scale without the entry.
     * Whether the actor may do it is the caller's to check ({@code editing.Decisions.setGrading}):
     * the actor's rights are the editing module's, which depends on this one.
     *
     * @throws NotFound when there is no such organisation
     */
    @Transactional
    public void setScale(long organizationId, GradeScale scale, String actor) {
        String organization = plans.organizationName(organizationId)
                .orElseThrow(() -> new NotFound("there is no organisation " + organizationId));
        GradeScale before = store.scale(organizationId);
        store.setScale(organizationId, scale, actor);
        audit.record(actor, organizationId, "set-grading", "organization " + organization,
                describe(before) + " → " + describe(scale));
    }

    /** A scale as the audit log words it: A 100 / B 80 / C 50 / worst. */
    static String describe(GradeScale scale) {
        return "A " + scale.a().toPlainString() + " / B " + scale.b().toPlainString() + " / C "
                + scale.c().toPlainString() + " / " + scale.rollUp().name().toLowerCase();
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
