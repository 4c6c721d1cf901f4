package jp.shinchoku.site;

import jp.shinchoku.rollup.ListFilter;
import jp.shinchoku.rollup.Listing;
import jp.shinchoku.rollup.PlanFigures;
import jp.shinchoku.rollup.PublicFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    String list(@RequestParam(name = "organization", required = false) String organization,
            @RequestParam(name = "prefecture", required = false) String prefecture,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        ListFilter filter = new ListFilter(organization, prefecture, type, page);
        Listing<PlanFigures> plans = figures.plans(filter);
        model.addAttribute("plans", plans.rows().stream().map(FigureViews.PlanRow::of).toList());
        model.addAttribute("listing", plans);
        model.addAttribute("filter", filter);
        model.addAttribute("prefectures", figures.prefectures());
        return "plan/list";
    }
}
