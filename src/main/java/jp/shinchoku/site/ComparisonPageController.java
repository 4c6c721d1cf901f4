package jp.shinchoku.site;

import java.util.List;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.snapshot.Snapshot;
import jp.shinchoku.snapshot.SnapshotComparison;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Two published reports of a plan side by side: what changed from one to the other in the plan's
 * texts, its sections and its initiatives (values, grades, texts, the section each sits in).
 */
@Controller
class ComparisonPageController {

    private final ShownPlans plans;
    private final PageWords words;

    ComparisonPageController(ShownPlans plans, PageWords words) {
        this.plans = plans;
        this.words = words;
    }

    @GetMapping("/plans/{id}/snapshots/{before}/compare/{after}")
    String compare(@PathVariable long id, @PathVariable long before, @PathVariable long after, Model model) {
        ShownPlan earlier = plans.find(id, before);
        ShownPlan later = plans.find(id, after);
        SnapshotComparison comparison = SnapshotComparison.between(earlier.document(), later.document());
        model.addAttribute("header", PlanHeader.of(later, List.of(new PlanHeader.Crumb(words.word("portal.compare"), null))));
        model.addAttribute("before", report(earlier));
        model.addAttribute("after", report(later));
        model.addAttribute("nothingChanged", comparison.isEmpty());
        model.addAttribute("planTexts", comparison.planTexts());
        model.addAttribute("changedSections", comparison.sections().stream().map(c -> new ChangedSection(
                c.kind() == SnapshotComparison.Kind.REMOVED ? section(earlier, c.before()) : section(later, c.after()),
                c)).toList());
        model.addAttribute("changes", comparison.initiatives().stream().map(c -> new ChangedInitiative(
                (c.kind() == SnapshotComparison.Kind.REMOVED ? earlier : later).paths().initiative(c.key()),
                c)).toList());
        model.addAttribute("description", words.word("portal.description.compare", later.document().organization(),
                later.document().title(), report(earlier).label(), report(later).label()));
        return "plan/compare";
    }

    /** A report compared: its date and title, and where it is. */
    record Report(String asOf, String title, String url) {
        public String label() {
            return asOf + " " + title;
        }
    }

    /** One initiative's changes and the page to read it on. */
    record ChangedInitiative(String url, SnapshotComparison.InitiativeChanges changes) {
    }

    /** One section's changes and the page to read it on, in the report that has it. */
    record ChangedSection(String url, SnapshotComparison.SectionChanges changes) {
    }

    private static String section(ShownPlan shown, Section section) {
        return shown.paths().section(shown.sections().key(section));
    }

    private static Report report(ShownPlan shown) {
        Snapshot s = shown.published().snapshot();
        return new Report(Years.date(s.asOf()), s.title(), shown.paths().plan());
    }
}
