package jp.shinchoku.search.web;

import java.util.List;
import java.util.Locale;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.search.Search;
import jp.shinchoku.search.SearchFilters;
import jp.shinchoku.search.SearchRequest;
import jp.shinchoku.search.SearchResults;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The public search page, {@code /search?q=…}, with its filters. */
@Controller
class SearchPageController {

    private final Search search;
    private final MessageSource messages;

    SearchPageController(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(SearchForm form, Locale locale, Model model) {
        SearchRequest request = form.request();
        SearchResults results = search.search(request);
        SearchFilters filters = search.filters();
        model.addAttribute("form", request);
        model.addAttribute("searched", !request.isEmpty());
        model.addAttribute("results", results);
        model.addAttribute("choices", choices(filters, request, messages.getMessage("search.grade.none", null, locale)));
        model.addAttribute("previous", results.hasPrevious() ? link(request.withPage(request.page() - 1)) : null);
        model.addAttribute("next", results.hasNext() && request.page() < SearchForm.LAST_PAGE
                ? link(request.withPage(request.page() + 1)) : null);
        return "search/results";
    }

    /** The drop-downs in the order the form shows them, each with what the index holds. */
    private static List<Choice> choices(SearchFilters f, SearchRequest r, String ungraded) {
        return List.of(
                Choice.of("organization", "search.organization", named(f.organizations()), r.organization()),
                Choice.of("plan", "search.plan", f.plans(r.organization()).stream()
                        .map(p -> new String[] {Long.toString(p.id()), p.organization() + " " + p.title()}).toList(),
                        r.planId()),
                Choice.of("department", "search.department", named(f.departments(r.organization())), r.department()),
                Choice.of("grade", "search.grade", SearchFilters.GRADES.stream().map(g -> new String[] {g,
                        g.equals("none") ? ungraded : g + " " + Grade.valueOf(g).label()}).toList(), r.grade()),
                Choice.of("year", "search.year", f.fiscalYears().stream()
                        .map(y -> new String[] {y.toString(), FiscalYear.of(y).label()}).toList(), r.fiscalYear()));
    }

    /** Values that are their own labels. */
    private static List<String[]> named(List<String> values) {
        return values.stream().map(v -> new String[] {v, v}).toList();
    }

    private static String link(SearchRequest r) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
        param(b, "q", r.text());
        param(b, "organization", r.organization());
        param(b, "plan", r.planId());
        param(b, "department", r.department());
        param(b, "grade", r.grade());
        param(b, "year", r.fiscalYear());
        param(b, "page", r.page());
        return b.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder b, String name, Object value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }

    /**
     * A drop-down of the form: its parameter, the message key of its label, its options, and the
     * key of a hint when it has too many options to offer before an organisation is chosen.
     */
    record Choice(String name, String labelKey, List<Option> options, String hintKey) {

        /** More options than anyone reads; with two hundred governments there are thousands of departments. */
        static final int MOST = 300;

        /** {@code values} as value and label pairs; the one equal to {@code selected} is chosen. */
        static Choice of(String name, String labelKey, List<String[]> values, Object selected) {
            String chosen = selected == null ? null : selected.toString();
            List<Option> options = values.stream().map(v -> new Option(v[0], v[1], v[0].equals(chosen))).toList();
            if (options.size() <= MOST) {
                return new Choice(name, labelKey, options, null);
            }
            return new Choice(name, labelKey, options.stream().filter(Option::selected).toList(),
                    "search.chooseOrganizationFirst");
        }
    }

    /** An option of a drop-down, already worded and marked when chosen (a page has some two hundred). */
    record Option(String value, String label, boolean selected) {
    }
}
