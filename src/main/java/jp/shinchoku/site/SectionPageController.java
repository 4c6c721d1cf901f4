package jp.shinchoku.site;

import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Section;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One section of a plan: its texts, its grade counts, its sub-sections and initiatives. */
@Controller
class SectionPageController {

    private final ShownPlans plans;
    private final PageWords words;

    SectionPageController(ShownPlans plans, PageWords words) {
        this.plans = plans;
        this.words = words;
    }

    @GetMapping("/plans/{id}/sections/{key}")
    String show(@PathVariable long id, @PathVariable String key, Model model) {
        return show(plans.find(id, null), key, model);
    }

    @GetMapping("/plans/{id}/snapshots/{snapshotId}/sections/{key}")
    String snapshot(@PathVariable long id, @PathVariable long snapshotId, @PathVariable String key, Model model) {
        return show(plans.find(id, snapshotId), key, model);
    }

    private String show(ShownPlan shown, String key, Model model) {
        Section section = shown.sections().find(key)
                .orElseThrow(() -> ShownPlans.notFound("plan " + shown.planId() + " has no section " + key));
        RollUp.SectionRollUp rolled = SectionView.rolled(shown, section);
        SectionView view = SectionView.of(shown, section, rolled);
        model.addAttribute("header", PlanHeader.of(shown, PlanHeader.sections(shown, shown.trail(section), false)));
        model.addAttribute("section", view);
        model.addAttribute("gradedYear", Years.label(shown.dashboard().gradedYear()));
        model.addAttribute("outstanding", Outstanding.of(rolled == null ? null : rolled.counts().outstanding()));
        model.addAttribute("sectionChart", rolled == null || view.sections().isEmpty() ? ""
                : ChartData.grades(view.sections().stream().map(SectionView::name).toList(),
                        view.sections().stream().map(SectionView::counts).toList()));
        model.addAttribute("charts", true);
        model.addAttribute("description", words.sectionDescription(shown, view.name()));
        return "plan/section";
    }
}
