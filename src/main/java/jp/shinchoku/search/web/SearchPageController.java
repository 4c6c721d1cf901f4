package jp.shinchoku.search.web;

import java.util.List;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.search.Search;
import jp.shinchoku.search.SearchFilters;
import jp.shinchoku.search.SearchRequest;
import jp.shinchoku.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The public search page, {@code /search?q=…}, with its filters. */
@Controller
class SearchPageController {

    private final Search search;

    SearchPageController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(SearchForm form, Model model) {
        SearchRequest request = form.request();
        SearchResults results = search.search(request);
        SearchFilters filters = search.filters();
        model.addAttribute("form", request);
        model.addAttribute("searched", !request.isEmpty());
        model.addAttribute("results", results);
        model.addAttribute("filters", filters);
        model.addAttribute("choices", choices(filters, request));
        model.addAttribute("previous", results.hasPrevious() ? link(request.withPage(request.page() - 1)) : null);
        model.addAttribute("next", results.hasNext() && request.page() < SearchForm.LAST_PAGE
                ? link(request.withPage(request.page() + 1)) : null);
        return "search/results";
    }

    /** The drop-downs in the order the form shows them, each with what the index holds. */
    private static List<Choice> choices(SearchFilters f, SearchRequest r) {
        return List.of(
                new Choice("organization", "search.organization", same(f.organizations()), r.organization()),
                new Choice("plan", "search.plan", f.plans().stream()
                        .map(p -> new Option(Long.toString(p.id()), p.organization() + " " + p.title())).toList(),
                        r.planId() == null ? null : r.planId().toString()),
                new Choice("department", "search.department", same(f.departments()), r.department()),
                new Choice("grade", "search.grade", SearchFilters.GRADES.stream().map(SearchPageController::grade).toList(),
                        r.grade()),
                new Choice("year", "search.year", f.fiscalYears().stream()
                        .map(y -> new Option(y.toString(), FiscalYear.of(y).label())).toList(),
                        r.fiscalYear() == null ? null : r.fiscalYear().toString()));
    }

    private static List<Option> same(List<String> values) {
        return values.stream().map(v -> new Option(v, v)).toList();
    }

    /** A grade as the filter offers it; "none" takes its words from the messages. */
    private static Option grade(String value) {
        return new Option(value, value.equals("none") ? "" : value + " " + Grade.valueOf(value).label());
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

    /** A drop-down of the form: its parameter, the message key of its label, its options and the one chosen. */
    record Choice(String name, String labelKey, List<Option> options, String selected) {
    }

    /** An option of a drop-down; an empty label is the message search.grade.none. */
    record Option(String value, String label) {
    }
}
