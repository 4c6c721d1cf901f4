package jp.shinchoku.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves public GET answers from stored bytes. The key is the path, the query, the reader's locale,
 * the publication version and any {@link CacheKeyPart}, so a publication anywhere makes every
 * stored answer unreachable at once. Only a 200 for an anonymous reader that sets no cookie is
 * kept; staff, API callers with credentials, errors and language switches always reach the
 * application.
 */
class PublicPageCache extends OncePerRequestFilter {

    private final List<PathPattern> paths;
    private final PublicationVersion version;
    private final LocaleResolver locales;
    private final List<CacheKeyPart> keyParts;
    private final long maxEntry;
    private final Cache<String, CachedPage> pages;
    // the headers Spring Security adds to every answer (CSP and the like), as they were on a public page
    private volatile Map<String, String> securityHeaders = Map.of();

    /** The session cookie (account/internal/SecurityConfiguration): whoever bears one may be logged in. */
    static final String SESSION_COOKIE = "SESSION";

    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
            "X-Frame-Options", "X-XSS-Protection", "Referrer-Policy", "Strict-Transport-Security",
            "Cross-Origin-Opener-Policy", "Cross-Origin-Embedder-Policy", "Cross-Origin-Resource-Policy",
            "Permissions-Policy");

    PublicPageCache(CacheProperties properties, PublicationVersion version, LocaleResolver locales,
            List<CacheKeyPart> keyParts) {
        this.paths = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.version = version;
        this.locales = locales;
        this.keyParts = List.copyOf(keyParts);
        this.maxEntry = properties.maxEntry().toBytes();
        this.pages = Caffeine.newBuilder().maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, CachedPage page) -> page.weight()).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return paths.stream().noneMatch(p -> p.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getUserPrincipal() != null || request.getParameter("lang") != null) {
            // the layout names the logged-in user: theirs is nobody else's page; a language switch sets a cookie
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        CachedPage page = pages.getIfPresent(key);
        if (page != null) {
            send(page, request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (!cacheable(request, wrapper)) {
            wrapper.copyBodyToResponse();
            return;
        }
        page = CachedPage.of(wrapper.getContentType(), wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                wrapper.getContentAsByteArray(), wrapper.getHeader(HttpHeaders.ETAG));
        pages.put(key, page);
        wrapper.resetBuffer();
        send(page, request, response);
    }

    /**
     * Serves a stored page before the session and security filters have run, for a request that
     * cannot belong to a logged-in user (no session cookie, no Authorization) once the security
     * headers of a public page are known; returns whether it answered.
     */
    boolean servedAhead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (securityHeaders.isEmpty() || shouldNotFilter(request) || request.getParameter("lang") != null
                || hasCookie(request, SESSION_COOKIE)) {
            return false;
        }
        CachedPage page = pages.getIfPresent(key(request));
        if (page == null) {
            return false;
        }
        securityHeaders.forEach(response::setHeader);
        send(page, request, response);
        return true;
    }

    /** Remembers the security headers of a public answer that went the whole way through. */
    void noteSecurityHeaders(HttpServletResponse response) {
        if (!securityHeaders.isEmpty() || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        Map<String, String> found = new java.util.LinkedHashMap<>();
        for (String name : SECURITY_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                found.put(name, value);
            }
        }
        if (found.containsKey("Content-Security-Policy")) {
            securityHeaders = Map.copyOf(found);
        }
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean cacheable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        return response.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null
                && response.getContentSize() <= maxEntry && request.getUserPrincipal() == null
                && !response.isCommitted();
    }

    private String key(HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        StringBuilder key = new StringBuilder().append(version.current()).append('|').append(locale.toLanguageTag());
        for (CacheKeyPart part : keyParts) {
            key.append('|').append(part.current());
        }
        key.append('|').append(request.getRequestURI());
        // the parameters as the application reads them, in one order: ?a=1&b=2 and ?b=2&a=1 are one page
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append('&').append(name.replace("&", "%26").replace("=", "%3D")).append('=').append(value.replace("&", "%26"));
            }
        });
        return key.toString();
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
        // a cache in between may keep the answer, but asks each time whether it is still current
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (page.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        byte[] body = gzip ? page.gzipped() : page.plain();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether the Accept-Encoding header allows gzip (not as "gzip;q=0"). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.strip().split(";");
            String name = parts[0].strip();
            if (name.equals("gzip") || name.equals("*")) {
                boolean refused = parts.length > 1 && parts[1].strip().matches("q=0(\\.0*)?");
                return !refused;
            }
        }
        return false;
    }
}
