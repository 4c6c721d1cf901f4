package jp.shinchoku.siteexport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriUtils;

/**
 * One address of the public site as the export knows it: a path (percent-encoded, as in links) and
 * a query, and the file of the export that holds it.
 *
 * <p>Pages become directories with an index, {@code /plans/4/initiatives/01-16} →
 * {@code plans/4/initiatives/01-16/index.html}, so that any web server serves them; files keep
 * their names ({@code /opendata/4/initiatives.csv}). The export is the Japanese site: {@code
 * ?lang=ja} is the page itself and other languages are not exported. Any other query (a list's
 * page, a filter) is a page of its own whose file name carries the query: {@code /?page=2} →
 * {@code index.page-2.html}, or a hash of it when it is not plain ASCII.
 *
 * @param path  the path, starting with {@code /}, percent-encoded
 * @param query the parameters sorted and joined with {@code &}, without {@code lang=ja}; null for none
 */
record Address(String path, String query) {

    /** The static search page: its query is read by the script in the browser, not made a file. */
    static final String SEARCH = "/search";

    /** Extensions that mark a file rather than a page; {@code No.2} is an initiative, not a file. */
    static final Set<String> FILE_EXTENSIONS = Set.of("html", "htm", "css", "js", "mjs", "json", "csv", "tsv", "pdf",
            "xlsx", "xls", "docx", "zip", "png", "jpg", "jpeg", "gif", "svg", "ico", "webp", "avif", "txt", "xml",
            "map", "woff", "woff2", "ttf", "otf");

    private static final int READABLE_QUERY = 60;

    /** The address of a link already resolved against its page; null when the export leaves it out (another language). */
    static Address of(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return new Address(path, null);
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : raw.split("&")) {
            if (parameter.isEmpty() || parameter.equals("lang=ja")) {
                continue;
            }
            if (parameter.startsWith("lang=")) {
                return null;
            }
            kept.add(parameter);
        }
        if (!SEARCH.equals(path)) {
            kept.sort(null);
        }
        return new Address(path, kept.isEmpty() ? null : String.join("&", kept));
    }

    static Address of(String pathAndQuery) {
        return of(URI.create(pathAndQuery));
    }

    /** As a server path: {@code /plans/4?page=2}. */
    String url() {
        return query == null ? path : path + "?" + query;
    }

    boolean isSearch() {
        return SEARCH.equals(path);
    }

    /** The decoded segments; null when one could climb out of the export or is not a name. */
    List<String> segments() {
        List<String> segments = new ArrayList<>();
        for (String raw : path.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String name = UriUtils.decode(raw, StandardCharsets.UTF_8);
            if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\") || name.indexOf(0) >= 0) {
                return null;
            }
            segments.add(name);
        }
        return segments;
    }

    /** The file of the export, relative to its root, with {@code /} between names; null when there is none. */
    String file() {
        List<String> segments = segments();
        if (segments == null) {
            return null;
        }
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        boolean isFile = !path.endsWith("/") && FILE_EXTENSIONS.contains(extension(last));
        if (!isFile) {
            segments.add("index.html");
        }
        String name = segments.remove(segments.size() - 1);
        if (query != null && !isSearch()) {
            String ext = extension(name);
            name = name.substring(0, name.length() - ext.length() - 1) + "." + querySuffix(query) + "." + ext;
        }
        segments.add(name);
        return String.join("/", segments);
    }

    /** True when the file is a page a browser shows (and a sitemap lists). */
    boolean isPage() {
        String file = file();
        return file != null && (file.endsWith(".html") || file.endsWith(".htm"));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code page=2&type=dx} → {@code page-2.type-dx}; anything less plain → {@code q-} and a hash. */
    static String querySuffix(String query) {
        boolean plain = query.length() <= READABLE_QUERY && Arrays.stream(query.split("&"))
                .allMatch(p -> p.matches("[A-Za-z0-9_-]+=[A-Za-z0-9_-]*"));
        if (plain) {
            return query.replace('=', '-').replace('&', '.');
        }
        return "q-" + ExportDirectory.sha256(query.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /**
     * The link from one file of the export to another, relative so that the tree works under any
     * sub-path and from a disk: from {@code plans/4/initiatives/01-16/index.html} to {@code
     * plans/4/index.html} is {@code ../../index.html}. Names are percent-encoded.
     */
    static String relative(String fromFile, String toFile) {
        List<String> from = new ArrayList<>(List.of(fromFile.split("/")));
        from.remove(from.size() - 1);
        List<String> to = List.of(toFile.split("/"));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        link.append("../".repeat(from.size() - common));
        for (int i = common; i < to.size(); i++) {
            if (i > common) {
                link.append('/');
            }
            link.append(UriUtils.encodePathSegment(to.get(i), StandardCharsets.UTF_8));
        }
        return link.toString();
    }
}
