package jp.shinchoku.search;

/**
 * A search: the words typed (may be blank when filters alone narrow the list) and the filters, each
 * null when not set. {@code page} counts from 1.
 */
public record SearchRequest(String text, String organization, Long planId, String department, String grade,
        Integer fiscalYear, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public SearchRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, not " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
        text = blankToNull(text);
        organization = blankToNull(organization);
        department = blankToNull(department);
        grade = blankToNull(grade);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null, 1, 20);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(text, organization, planId, department, grade, fiscalYear, newPage, pageSize);
    }

    public boolean filtered() {
        return organization != null || planId != null || department != null || grade != null || fiscalYear != null;
    }

    /** Nothing to search for and nothing to filter by. */
    public boolean isEmpty() {
        return text == null && !filtered();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
