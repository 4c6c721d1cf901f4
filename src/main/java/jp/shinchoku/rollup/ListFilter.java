package jp.shinchoku.rollup;

/**
 * What a public list is narrowed to: part of a government's name, a prefecture, a plan type (each
 * empty for all), and the page, counted from 1.
 */
public record ListFilter(String organization, String prefecture, String planType, int page) {

    public static final int PAGE_SIZE = 50;

    public ListFilter {
        organization = organization == null ? "" : organization.strip();
        prefecture = prefecture == null ? "" : prefecture.strip();
        planType = planType == null ? "" : planType.strip();
        page = Math.max(page, 1);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }
}
