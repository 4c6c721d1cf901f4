package jp.shinchoku.site;

import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.search.RelatedInitiatives;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: the list of plans and one plan's tree. */
@Controller
class PlanPageController {

    private final PlanStore plans;
    private final EvaluationService evaluations;
    private final RelatedInitiatives related;

    PlanPageController(PlanStore plans, EvaluationService evaluations, RelatedInitiatives related) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.related = related;
    }

    @GetMapping("/")
    String list(Model model) {
        model.addAttribute("plans", plans.list().stream().map(PlanListItem::of).toList());
        return "plan/list";
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        PlanDocument plan = evaluations.evaluatedPlan(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + id));
        RollUp.PlanRollUp rollUp = RollUp.ofLatestYear(plan, evaluations.scale(plan.organization())).orElse(null);
        // computed once per state of the search index, not per request
        model.addAttribute("plan", PlanView.of(id, plan, rollUp, related.ofPlan(id)));
        return "plan/show";
    }
}
