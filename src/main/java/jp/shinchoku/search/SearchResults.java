package jp.shinchoku.search;

import java.util.List;

/** One page of hits, best first, and how many there are in all. */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none(SearchRequest request) {
        return new SearchResults(request, 0, List.of());
    }

    public int pages() {
        return (int) ((total + request.pageSize() - 1) / request.pageSize());
    }

    public boolean hasNext() {
        return request.page() < pages();
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }

    /** The position of the first hit of this page among all, from 1. */
    public long first() {
        return (long) (request.page() - 1) * request.pageSize() + 1;
    }
}
