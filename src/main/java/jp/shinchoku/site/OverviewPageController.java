package jp.shinchoku.site;

import jp.shinchoku.rollup.ListFilter;
import jp.shinchoku.rollup.Listing;
import jp.shinchoku.rollup.OrganizationFigures;
import jp.shinchoku.rollup.PublicFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every government's grade distribution side by side, from the figures stored at publication. */
@Controller
class OverviewPageController {

    private final PublicFigures figures;

    OverviewPageController(PublicFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/overview")
    String overview(@RequestParam(name = "organization", required = false) String organization,
            @RequestParam(name = "prefecture", required = false) String prefecture,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        ListFilter filter = new ListFilter(organization, prefecture, type, page);
        Listing<OrganizationFigures> organizations = figures.organizations(filter);
        model.addAttribute("organizations", organizations.rows().stream().map(FigureViews.OrganizationRow::of).toList());
        model.addAttribute("listing", organizations);
        model.addAttribute("filter", filter);
        model.addAttribute("prefectures", figures.prefectures());
        return "overview";
    }
}
