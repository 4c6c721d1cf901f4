package jp.shinchoku.opendata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.PlanSummary;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.stereotype.Component;

/**
 * Where open data gets its plans: the snapshot of each plan published last (dated as of its date),
 * or a plan never published as it is stored (dated by its own as-of date, or today).
 */
@Component
public class OpenDataSource {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final PlanStore plans;
    private final EvaluationService evaluations;
    private final LicenceStore licences;

    private final SnapshotService snapshots;

    public OpenDataSource(PlanStore plans, EvaluationService evaluations, LicenceStore licences,
            SnapshotService snapshots) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.licences = licences;
        this.snapshots = snapshots;
    }

    /** The ids of the plans that have open data, in the order the catalogue lists them. */
    public List<Long> planIds() {
        return plans.list().stream().map(PlanSummary::id).toList();
    }

    public Optional<OpenDataInput> load(long planId) {
        return snapshots.current(planId).map(p -> new OpenDataInput(planId, p.document(),
                p.isPublished() ? p.snapshot().asOf()
                        : p.document().asOf() != null ? p.document().asOf() : LocalDate.now(JAPAN),
                evaluations.scale(p.document().organization()), licences.licence(p.document().organization())));
    }
}
