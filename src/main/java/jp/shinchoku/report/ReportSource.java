package jp.shinchoku.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.stereotype.Component;

/**
 * Where the reports get their plan: what the public sees of it, the snapshot published last
 * (dated as of its date), or a plan never published as it is stored (dated by its own as-of date,
 * or today).
 */
@Component
public class ReportSource {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final EvaluationService evaluations;
    private final SnapshotService snapshots;

    public ReportSource(EvaluationService evaluations, SnapshotService snapshots) {
        this.evaluations = evaluations;
        this.snapshots = snapshots;
    }

    public Optional<ReportInput> load(long planId) {
        return snapshots.current(planId).map(p -> new ReportInput(p.document(), asOf(p),
                evaluations.scale(p.document().organization())));
    }

    static LocalDate asOf(PublishedPlan p) {
        if (p.isPublished()) {
            return p.snapshot().asOf();
        }
        return p.document().asOf() != null ? p.document().asOf() : LocalDate.now(JAPAN);
    }
}
