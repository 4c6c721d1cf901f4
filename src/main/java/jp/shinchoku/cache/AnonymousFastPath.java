package jp.shinchoku.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The front of the public cache: a reader without a session gets a stored page before Spring
 * Session and Spring Security run, which is most of what an answer from the cache would otherwise
 * cost. Pages are still stored only by {@link PublicPageCache}, behind security, where the login
 * is known.
 */
class AnonymousFastPath extends OncePerRequestFilter {

    private final PublicPageCache cache;

    AnonymousFastPath(PublicPageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return cache.shouldNotFilter(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (cache.servedAhead(request, response)) {
            return;
        }
        chain.doFilter(request, response);
        cache.noteSecurityHeaders(response);
    }
}
