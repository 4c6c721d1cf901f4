package jp.shinchoku.site;

import jp.shinchoku.rollup.ListFilter;
import jp.shinchoku.rollup.Listing;
import jp.shinchoku.rollup.PlanFigures;
import jp.shinchoku.rollup.PublicFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's front page: governments and their plans, 50 to a page, narrowed by name,
 * prefecture and plan type with plain links; grade counts are the ones stored at publication.
 */
@Controller
class HomePageController {

    private final PublicFigures figures;

    HomePageController(PublicFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String list(ListForm form, Model model) {
        ListFilter filter = form.filter();
        Listing<PlanFigures> plans = figures.plans(filter);
        model.addAttribute("plans", plans.rows().stream().map(FigureViews.PlanRow::of).toList());
        ListForm.describe(model, filter, plans, figures);
        return "plan/list";
    }
}
