package jp.shinchoku.indicator;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * The figures a plan's dashboard shows, worked out once from an evaluated plan: the roll-up of its
 * latest graded year (counts per grade overall and per section) and the indicators off track.
 * A published snapshot never changes, so these figures can be stored beside it and read back.
 *
 * @param rollUp null when nothing in the plan is graded yet
 */
public record PlanDashboard(RollUp.PlanRollUp rollUp, List<OffTrackIndicator> offTrack) {

    public PlanDashboard {
        offTrack = List.copyOf(offTrack);
    }

    /** An indicator whose latest actual lags the path to its final target, with why. */
    public record OffTrackIndicator(String initiativeKey, String initiativeCode, String initiativeTitle,
            String indicatorLabel, String indicatorName, String reason) {
    }

    public static PlanDashboard of(PlanDocument evaluated, GradeScale scale) {
        List<OffTrackIndicator> offTrack = new ArrayList<>();
        for (Initiative i : evaluated.allInitiatives()) {
            for (Indicator k : i.indicators()) {
                if (Boolean.TRUE.equals(k.offTrack())) {
                    offTrack.add(new OffTrackIndicator(i.key(), i.code(), i.title(), k.label(), k.name(),
                            k.offTrackReason()));
                }
            }
        }
        return new PlanDashboard(RollUp.ofLatestYear(evaluated, scale).orElse(null), offTrack);
    }

    /** The fiscal year the grades are of, or null when nothing is graded. */
    public Integer gradedYear() {
        return rollUp == null ? null : rollUp.fiscalYear();
    }

    /** The plan's counts, or null when nothing is graded. */
    public RollUp.Counts counts() {
        return rollUp == null ? null : rollUp.counts();
    }
}
