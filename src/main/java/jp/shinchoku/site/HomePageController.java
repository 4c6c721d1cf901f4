package jp.shinchoku.site;

import jp.shinchoku.plan.PlanStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front page: every plan the site holds. */
@Controller
class HomePageController {

    private final PlanStore plans;

    HomePageController(PlanStore plans) {
        this.plans = plans;
    }

    @GetMapping("/")
    String list(Model model) {
        model.addAttribute("plans", plans.list().stream().map(PlanListItem::of).toList());
        return "plan/list";
    }
}
