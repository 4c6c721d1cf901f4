package jp.shinchoku.rollup;

import java.util.List;

/** One page of a public list, with how many rows the whole list has. */
public record Listing<T>(List<T> rows, int total, int page) {

    public int pages() {
        return Math.max(1, (total + ListFilter.PAGE_SIZE - 1) / ListFilter.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
