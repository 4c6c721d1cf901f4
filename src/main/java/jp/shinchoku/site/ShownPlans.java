package jp.shinchoku.site;

import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.indicator.PlanDashboard;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Finds the plan a public page shows, as last published or as one snapshot; a 404 when there is none. */
@Component
class ShownPlans {

    private final SnapshotService snapshots;
    private final EvaluationService evaluations;
    private final PlanStore plans;

    ShownPlans(SnapshotService snapshots, EvaluationService evaluations, PlanStore plans) {
        this.snapshots = snapshots;
        this.evaluations = evaluations;
        this.plans = plans;
    }

    /** The plan as last published; with a snapshot id, that snapshot of it. */
    ShownPlan find(long planId, Long snapshotId) {
        Optional<PublishedPlan> found = snapshotId == null ? snapshots.current(planId)
                : snapshots.snapshot(planId, snapshotId);
        PublishedPlan published = found.orElseThrow(() -> notFound("no plan " + planId
                + (snapshotId == null ? "" : " snapshot " + snapshotId)));
        long organizationId = plans.organizationOf(planId).orElseThrow(() -> notFound("no plan " + planId));
        GradeScale scale = evaluations.scale(published.document().organization());
        boolean latest = snapshotId == null || snapshotId.equals(snapshots.latestSnapshotIds().get(planId));
        return new ShownPlan(organizationId, published, latest, scale, PlanDashboard.of(published.document(), scale),
                snapshotId == null ? PlanPaths.current(planId) : PlanPaths.snapshot(planId, snapshotId),
                SectionKeys.of(published.document()));
    }

    static ResponseStatusException notFound(String why) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, why);
    }
}
