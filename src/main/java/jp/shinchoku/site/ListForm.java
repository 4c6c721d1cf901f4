package jp.shinchoku.site;

import jp.shinchoku.rollup.ListFilter;
import jp.shinchoku.rollup.Listing;
import jp.shinchoku.rollup.PublicFigures;
import org.springframework.ui.Model;

/** The query of a public list (?organization=…&prefecture=…&type=…&page=…), as its filter form sends it. */
record ListForm(String organization, String prefecture, String type, Integer page) {

    ListFilter filter() {
        return new ListFilter(organization, prefecture, type, page == null ? 1 : page);
    }

    /** What the filter form and the pager of figures.html need beside the rows. */
    static void describe(Model model, ListFilter filter, Listing<?> listing, PublicFigures figures) {
        model.addAttribute("listing", listing);
        model.addAttribute("filter", filter);
        model.addAttribute("prefectures", figures.prefectures());
    }
}
