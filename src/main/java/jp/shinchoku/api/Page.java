package jp.shinchoku.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list: its items, where it is ({@code page} from 1, {@code size}), how many there
 * are in all, and the addresses of this, the previous and the next page (null where there is none),
 * with the request's other parameters kept.
 */
record Page<T>(List<T> items, int page, int size, long total, int pages, Links links) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    record Links(String self, String prev, String next) {
    }

    /** The page of {@code all} that the request's {@code page} and {@code size} ask for. */
    static <T> Page<T> of(List<T> all, Integer page, Integer size, HttpServletRequest request) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 1) {
            throw new ApiBadRequest("api.problem.page", p);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new ApiBadRequest("api.problem.size", s, MAX_SIZE);
        }
        int pages = Math.max(1, (all.size() + s - 1) / s);
        int from = (int) Math.min((long) (p - 1) * s, all.size());
        List<T> items = List.copyOf(all.subList(from, Math.min(from + s, all.size())));
        return new Page<>(items, p, s, all.size(), pages, new Links(link(request, p, s),
                p > 1 ? link(request, Math.min(p - 1, pages), s) : null, p < pages ? link(request, p + 1, s) : null));
    }

    private static String link(HttpServletRequest request, int page, int size) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("page", page).replaceQueryParam("size", size).build(true).toUriString();
    }
}
