package jp.shinchoku.indicator;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * A grade the rules propose for one year, waiting for a person to confirm or change it. The
 * initiative and indicator are named as {@link EvaluationService#judge} takes them, so that a
 * task list can offer the proposal and record the person's decision with the same keys.
 */
public record ProposedJudgement(String initiative, String indicator, int fiscalYear, Grade grade, String reason) {

    /** Every proposal of an evaluated plan, in the plan's order. */
    public static List<ProposedJudgement> in(PlanDocument evaluated) {
        List<ProposedJudgement> proposals = new ArrayList<>();
        for (Initiative i : evaluated.allInitiatives()) {
            for (Indicator k : i.indicators()) {
                for (IndicatorValue v : k.values()) {
                    Evaluation e = v.evaluation();
                    if (e != null && e.proposal() != null) {
                        proposals.add(new ProposedJudgement(i.key(), Evaluator.keyOf(i, k).indicator(), v.fiscalYear(),
                                Grade.valueOf(e.proposal().grade()), e.proposal().reason()));
                    }
                }
            }
        }
        return proposals;
    }
}
