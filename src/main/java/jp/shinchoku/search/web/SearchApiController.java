package jp.shinchoku.search.web;

import java.util.List;
import jp.shinchoku.search.RelatedInitiative;
import jp.shinchoku.search.RelatedInitiatives;
import jp.shinchoku.search.Search;
import jp.shinchoku.search.SearchHit;
import jp.shinchoku.search.SearchResults;
import jp.shinchoku.search.Snippet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search as JSON: {@code /api/v1/search?q=…} with the page's filters, and the related
 * initiatives of one initiative. The snippet is plain text; {@code highlights} gives the same
 * passage in runs, marked where the words were found, for a client to emphasise as it likes.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

    private final Search search;
    private final RelatedInitiatives related;

    SearchApiController(Search search, RelatedInitiatives related) {
        this.search = search;
        this.related = related;
    }

    @GetMapping("/search")
    Found search(SearchForm form) {
        SearchResults r = search.search(form.request());
        return new Found(r.request().text(), r.total(), r.request().page(), r.request().pageSize(), r.pages(),
                r.hits().stream().map(Result::of).toList());
    }

    @GetMapping("/plans/{planId}/initiatives/{code}/related")
    Related related(@PathVariable long planId, @PathVariable String code) {
        return related.of(planId, code)
                .map(list -> new Related(planId, code, list.stream().map(RelatedResult::of).toList()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "plan " + planId + " initiative " + code));
    }

    record Found(String query, long total, int page, int pageSize, int pages, List<Result> results) {
    }

    record Result(String organization, String plan, long planId, String code, String title, String url, String snippet,
            List<Snippet.Fragment> highlights) {
        static Result of(SearchHit h) {
            return new Result(h.organization(), h.planTitle(), h.planId(), h.key(), h.title(), h.url(), h.snippet().text(),
                    h.snippet().fragments());
        }
    }

    record Related(long planId, String code, List<RelatedResult> related) {
    }

    record RelatedResult(String organization, String plan, long planId, String code, String title, String url) {
        static RelatedResult of(RelatedInitiative r) {
            return new RelatedResult(r.organization(), r.planTitle(), r.planId(), r.key(), r.title(), r.url());
        }
    }

}
