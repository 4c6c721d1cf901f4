package jp.shinchoku.site;

import jp.shinchoku.rollup.ListFilter;
import jp.shinchoku.rollup.Listing;
import jp.shinchoku.rollup.OrganizationFigures;
import jp.shinchoku.rollup.PublicFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every government's grade distribution side by side, from the figures stored at publication. */
@Controller
class OverviewPageController {

    private final PublicFigures figures;

    OverviewPageController(PublicFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/overview")
    String overview(ListForm form, Model model) {
        ListFilter filter = form.filter();
        Listing<OrganizationFigures> organizations = figures.organizations(filter);
        model.addAttribute("organizations", organizations.rows().stream().map(FigureViews.OrganizationRow::of).toList());
        ListForm.describe(model, filter, organizations, figures);
        return "overview";
    }
}
