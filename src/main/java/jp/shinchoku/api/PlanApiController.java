package jp.shinchoku.api;

import java.util.List;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.Snapshot;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON for researchers and other systems: the list of plans, and each plan as the same
 * evaluated plan document that {@code shinchoku export} writes.
 */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanApiController {

    private final PlanStore plans;
    private final SnapshotService snapshots;

    PlanApiController(PlanStore plans, SnapshotService snapshots) {
        this.plans = plans;
        this.snapshots = snapshots;
    }

    @GetMapping
    List<PlanEntry> list() {
        return plans.list().stream().map(PlanEntry::of).toList();
    }

    /** The plan as last published (or as stored, if never published). */
    @GetMapping("/{id}")
    ResponseEntity<String> plan(@PathVariable long id) {
        return document(id, snapshots.current(id));
    }

    /** The plan's published reports, newest first. */
    @GetMapping("/{id}/snapshots")
    ResponseEntity<List<SnapshotEntry>> snapshots(@PathVariable long id) {
        if (plans.list().stream().noneMatch(p -> p.id() == id)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(snapshots.snapshots(id).stream().map(SnapshotEntry::of).toList());
    }

    @GetMapping("/{id}/snapshots/{snapshotId}")
    ResponseEntity<String> snapshot(@PathVariable long id, @PathVariable long snapshotId) {
        return document(id, snapshots.snapshot(id, snapshotId));
    }

    private static ResponseEntity<String> document(long id, java.util.Optional<PublishedPlan> found) {
        return found
                .map(p -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(PlanDocumentJson.write(p.document())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"error\": \"not found\", \"message\": \"there is no plan " + id + " or no such snapshot\"}\n"));
    }

    /** One published report in the list. */
    record SnapshotEntry(long id, String asOf, String title, String publishedAt, String href) {
        static SnapshotEntry of(Snapshot s) {
            return new SnapshotEntry(s.id(), s.asOf().toString(), s.title(), s.publishedAt().toString(),
                    "/api/v1/plans/" + s.planId() + "/snapshots/" + s.id());
        }
    }

    /** One plan in the list, with where to get the whole of it. */
    record PlanEntry(long id, String organization, String title, List<Integer> fiscalYears, String asOf,
            int initiatives, int indicators, String href) {
        static PlanEntry of(jp.shinchoku.plan.PlanSummary s) {
            return new PlanEntry(s.id(), s.organization(), s.title(), s.fiscalYears(),
                    s.asOf() == null ? null : s.asOf().toString(), s.initiatives(), s.indicators(), "/api/v1/plans/" + s.id());
        }
    }
}
