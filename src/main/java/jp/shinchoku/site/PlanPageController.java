package jp.shinchoku.site;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.PlanDashboard;
import jp.shinchoku.snapshot.Snapshot;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A plan's dashboard: counts per grade overall and per section, the indicators off track, and the
 * tree of sections and initiatives linking to their pages; as last published, or as an earlier
 * report.
 */
@Controller
class PlanPageController {

    private final ShownPlans plans;
    private final SnapshotService snapshots;
    private final PageWords words;

    PlanPageController(ShownPlans plans, SnapshotService snapshots, PageWords words) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.words = words;
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        return show(plans.find(id, null), model);
    }

    @GetMapping("/plans/{id}/snapshots/{snapshotId}")
    String snapshot(@PathVariable long id, @PathVariable long snapshotId, Model model) {
        return show(plans.find(id, snapshotId), model);
    }

    private String show(ShownPlan shown, Model model) {
        PlanDashboard dashboard = shown.dashboard();
        List<SectionView> tree = SectionView.tree(shown);
        model.addAttribute("header", PlanHeader.of(shown, List.of()));
        model.addAttribute("planId", shown.planId());
        model.addAttribute("texts", Text.of(shown.document().texts()));
        model.addAttribute("source", shown.document().source() == null ? "" : shown.document().source().fileName());
        model.addAttribute("gradedYear", dashboard.gradedYear() == null ? "" : FiscalYear.of(dashboard.gradedYear()).label());
        model.addAttribute("counts", Grades.counts(dashboard.counts()));
        model.addAttribute("outstanding", Outstanding.of(dashboard.counts() == null ? null : dashboard.counts().outstanding()));
        model.addAttribute("sections", tree);
        model.addAttribute("sectionChart", dashboard.rollUp() == null ? ""
                : ChartData.grades(tree.stream().map(SectionView::name).toList(),
                        tree.stream().map(SectionView::counts).toList()));
        model.addAttribute("offTrack", dashboard.offTrack().stream().map(o -> new OffTrackRow(
                shown.paths().initiative(o.initiativeKey()), o.initiativeCode(), o.initiativeTitle(),
                ((o.indicatorLabel() == null ? "" : o.indicatorLabel()) + " "
                        + (o.indicatorName() == null || o.indicatorName().equals(o.indicatorLabel()) ? "" : o.indicatorName())).strip(),
                o.reason())).toList());
        model.addAttribute("snapshots", history(shown.planId()));
        model.addAttribute("charts", true);
        model.addAttribute("description", words.planDescription(shown, dashboard));
        return "plan/show";
    }

    /** One off-track indicator as a line of the dashboard, linking to its initiative. */
    record OffTrackRow(String url, String code, String title, String indicator, String reason) {
    }

    /** A published report in the list, with the comparison against the report before it. */
    record HistoryRow(long id, String title, String asOf, String url, String compareUrl) {
    }

    private List<HistoryRow> history(long planId) {
        List<Snapshot> list = snapshots.snapshots(planId);
        List<HistoryRow> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Snapshot s = list.get(i);
            String compare = i + 1 < list.size() ? PlanPaths.compare(planId, list.get(i + 1).id(), s.id()) : "";
            rows.add(new HistoryRow(s.id(), s.title(), Years.date(s.asOf()),
                    PlanPaths.snapshot(planId, s.id()).plan(), compare));
        }
        return rows;
    }
}
