package jp.shinchoku.site;

import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.search.RelatedInitiatives;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public page of one plan: its tree as last published, and its earlier reports. */
@Controller
class PlanPageController {

    private final EvaluationService evaluations;
    private final SnapshotService snapshots;
    private final RelatedInitiatives related;

    PlanPageController(EvaluationService evaluations, SnapshotService snapshots,
            RelatedInitiatives related) {
        this.evaluations = evaluations;
        this.snapshots = snapshots;
        this.related = related;
    }

    /** The plan as last published, or as stored if it was never published. */
    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        return show(snapshots.current(id), id, model);
    }

    /** An earlier published report of the plan. */
    @GetMapping("/plans/{id}/snapshots/{snapshotId}")
    String snapshot(@PathVariable long id, @PathVariable long snapshotId, Model model) {
        return show(snapshots.snapshot(id, snapshotId), id, model);
    }

    private String show(java.util.Optional<PublishedPlan> found, long id, Model model) {
        PublishedPlan published = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + id));
        PlanDocument plan = published.document();
        RollUp.PlanRollUp rollUp = RollUp.ofLatestYear(plan, evaluations.scale(plan.organization())).orElse(null);
        // related initiatives are computed once per state of the search index, not per request
        model.addAttribute("plan", PlanView.of(id, plan, rollUp, related.ofPlan(id)));
        model.addAttribute("published", published.isPublished()
                ? new PublishedView(published.snapshot().id(), published.snapshot().title(),
                        Years.date(published.snapshot().asOf()))
                : null);
        model.addAttribute("snapshots", snapshots.snapshots(id).stream()
                .map(s -> new PublishedView(s.id(), s.title(), Years.date(s.asOf()))).toList());
        return "plan/show";
    }

    /** A published report as the page names it: 令和5年9月1日 (2023-09-01) 時点. */
    record PublishedView(long id, String title, String asOf) {
    }
}
