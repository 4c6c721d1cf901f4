package jp.shinchoku.editing;

import java.math.BigDecimal;
import java.util.List;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Invalid.Problem;
import jp.shinchoku.indicator.Direction;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.plan.InitiativeStore.Located;
import jp.shinchoku.plan.InitiativeStore.NoSuchInitiative;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Indicator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions people record about evaluation, on screen as on the command line: which way an
 * indicator should move (the planning division), a grade for a target in words (the owner
 * department or a reviewer), and an organisation's grading (the planning division). Each is kept
 * with its reason and never overwrites an earlier one.
 */
@Service
public class Decisions {

    /** Sets (or, with a null direction, withdraws) an indicator's direction. */
    public record SetDirection(long initiativeId, String indicator, String direction, String reason) {
    }

    /** Records (or, with a null grade, withdraws) a person's grade of one fiscal year. */
    public record Judge(long initiativeId, String indicator, int fiscalYear, String grade, String reason) {
    }

    /** Sets an organisation's thresholds (percent) and roll-up. */
    public record SetGrading(long organizationId, BigDecimal a, BigDecimal b, BigDecimal c, String rollUp) {
    }

    private final InitiativeStore initiatives;
    private final EvaluationService evaluations;
    private final AuditLog audit;
    private final PlanStore plans;

    public Decisions(InitiativeStore initiatives, EvaluationService evaluations, AuditLog audit, PlanStore plans) {
        this.plans = plans;
        this.initiatives = initiatives;
        this.evaluations = evaluations;
        this.audit = audit;
    }

    @Transactional
    public void setDirection(Actor actor, SetDirection command) {
        Located found = find(command.initiativeId());
        if (!actor.mayManage(found.plan().organizationId())) {
            throw new Forbidden(actor, "指標の方向の設定 (set an indicator's direction)");
        }
        Indicator k = indicator(found, command.indicator());
        Direction direction;
        try {
            direction = command.direction() == null || command.direction().isBlank() ? null
                    : Direction.of(command.direction());
        } catch (IllegalArgumentException e) {
            throw new Invalid(List.of(new Problem("direction", "invalid.direction", command.direction())));
        }
        requireReason(command.reason());
        evaluations.setDirection(found.plan().id(), found.initiative().content().key(), Identity.indicatorKey(k),
                direction, command.reason().strip(), actor.name());
        audit.record(actor.name(), found.plan().organizationId(), "set-direction",
                "initiative " + command.initiativeId() + " " + Identity.indicatorKey(k),
                (direction == null ? "clear" : direction.code()) + ": " + command.reason().strip());
    }

    @Transactional
    public void judge(Actor actor, Judge command) {
        Located found = find(command.initiativeId());
        if (!actor.mayEdit(found.plan().organizationId(), found.ownerDepartmentIds())
                && !actor.mayReview(found.plan().organizationId())) {
            throw new Forbidden(actor, "評価の判断 (judge this target)");
        }
        Indicator k = indicator(found, command.indicator());
        Grade grade;
        try {
            grade = command.grade() == null || command.grade().isBlank() ? null : Grade.valueOf(command.grade().strip());
        } catch (IllegalArgumentException e) {
            throw new Invalid(List.of(new Problem("grade", "invalid.grade", command.grade())));
        }
        if (k.valueFor(command.fiscalYear()) == null) {
            throw new Invalid(List.of(new Problem("fiscalYear", "invalid.noSuchYear", command.fiscalYear())));
        }
        requireReason(command.reason());
        evaluations.judge(found.plan().id(), found.initiative().content().key(), Identity.indicatorKey(k),
                command.fiscalYear(), grade, command.reason().strip(), actor.name());
        audit.record(actor.name(), found.plan().organizationId(), "judge",
                "initiative " + command.initiativeId() + " " + Identity.indicatorKey(k) + " " + command.fiscalYear(),
                (grade == null ? "clear" : grade.name()) + ": " + command.reason().strip());
    }

    /**
     * Sets an organisation's grading, the one way every screen and command does it: here who may is
     * checked; {@link EvaluationService#setScale} writes the scale with its audit entry.
     */
    @Transactional
    public void setGrading(Actor actor, SetGrading command) {
        if (!actor.mayManage(command.organizationId())) {
            throw new Forbidden(actor, "評価基準の設定 (set the grading)");
        }
        GradeScale scale;
        try {
            scale = new GradeScale(command.a(), command.b(), command.c(), GradeScale.RollUp.of(command.rollUp()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(List.of(new Problem("a", "invalid.grading")));
        }
        evaluations.setScale(command.organizationId(), scale, actor.name());
    }

    /**
     * The initiative of a plan by its key (code, or title without one), as the command line names it.
     *
     * @throws EvaluationService.NotFound when the plan has no such initiative
     */
    public long initiativeId(long planId, String key) {
        if (plans.organizationOf(planId).isEmpty()) {
            throw new EvaluationService.NotFound("there is no plan " + planId);
        }
        return initiatives.findByKey(planId, key)
                .orElseThrow(() -> new EvaluationService.NotFound("plan " + planId + " has no initiative \"" + key + "\""));
    }

    /** @throws EvaluationService.NotFound when there is no such organisation */
    public GradeScale grading(long organizationId) {
        if (plans.organizationName(organizationId).isEmpty()) {
            throw new EvaluationService.NotFound("there is no organisation " + organizationId);
        }
        return evaluations.scale(organizationId);
    }

    /**
     * The id of the organisation with this name, as the command line names it.
     *
     * @throws EvaluationService.NotFound when there is no such organisation
     */
    public long organizationId(String name) {
        return plans.findOrganization(name)
                .orElseThrow(() -> new EvaluationService.NotFound("there is no organisation " + name));
    }

    private Located find(long initiativeId) {
        return initiatives.find(initiativeId).orElseThrow(() -> new NoSuchInitiative(initiativeId));
    }

    private static Indicator indicator(Located found, String key) {
        return found.initiative().content().indicators().stream()
                .filter(k -> Identity.indicatorKey(k).equals(key) || k.name().equals(key)).findFirst()
                .orElseThrow(() -> new Invalid(List.of(new Problem("indicator", "invalid.noSuchIndicator", key))));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Invalid(List.of(new Problem("reason", "invalid.reasonRequired")));
        }
    }
}
