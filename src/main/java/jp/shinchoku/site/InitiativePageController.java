package jp.shinchoku.site;

import java.util.List;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.search.RelatedInitiatives;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One initiative's page, found by its code (or its title where it has none) as the address gives it. */
@Controller
class InitiativePageController {

    private final ShownPlans plans;
    private final RelatedInitiatives related;
    private final PageWords words;

    InitiativePageController(ShownPlans plans, RelatedInitiatives related, PageWords words) {
        this.plans = plans;
        this.related = related;
        this.words = words;
    }

    @GetMapping("/plans/{id}/initiatives/{key}")
    String show(@PathVariable long id, @PathVariable String key, Model model) {
        return show(plans.find(id, null), key, model);
    }

    @GetMapping("/plans/{id}/snapshots/{snapshotId}/initiatives/{key}")
    String snapshot(@PathVariable long id, @PathVariable long snapshotId, @PathVariable String key, Model model) {
        return show(plans.find(id, snapshotId), key, model);
    }

    private String show(ShownPlan shown, String key, Model model) {
        Initiative initiative = shown.initiative(key)
                .orElseThrow(() -> ShownPlans.notFound("plan " + shown.planId() + " has no initiative " + key));
        Integer year = shown.dashboard().gradedYear();
        RollUp.InitiativeGrade grade = year == null ? null : RollUp.initiative(initiative, year, shown.scale());
        InitiativeView view = InitiativeView.of(initiative, grade, year,
                related.of(shown.planId(), initiative.key()).orElse(List.of()),
                new InitiativeView.ChartWords(words.word("plan.target"), words.word("plan.actual")));
        List<PlanHeader.Crumb> crumbs = new java.util.ArrayList<>(PlanHeader.sections(shown, shown.trail(initiative), true));
        crumbs.add(new PlanHeader.Crumb(view.heading(), null));
        model.addAttribute("header", PlanHeader.of(shown, crumbs));
        model.addAttribute("initiative", view);
        model.addAttribute("charts", true);
        model.addAttribute("description", words.initiativeDescription(shown, view));
        return "plan/initiative";
    }
}
