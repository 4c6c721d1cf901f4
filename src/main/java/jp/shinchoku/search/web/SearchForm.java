package jp.shinchoku.search.web;

import jp.shinchoku.search.SearchRequest;

/**
 * The search as the page and the API receive it: GET parameters, each optional. {@code plan} is a
 * plan id, {@code grade} A–D or none, {@code year} a fiscal year as its Western year (2024).
 */
record SearchForm(String q, String organization, Long plan, String department, String grade, Integer year,
        Integer page) {

    static final int PAGE_SIZE = 20;
    /** Deeper pages cost more to collect and nobody reads them. */
    static final int LAST_PAGE = 50;

    SearchRequest request() {
        int p = page == null ? 1 : Math.max(1, Math.min(page, LAST_PAGE));
        return new SearchRequest(q, organization, plan, department, grade, year, p, PAGE_SIZE);
    }
}
