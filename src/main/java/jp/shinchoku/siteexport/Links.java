package jp.shinchoku.siteexport;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites the links of one fetched page or stylesheet so that they work from its file in the
 * export, and collects the addresses they lead to so that the crawl follows them.
 *
 * <p>A link to an exported address becomes relative ({@link Address#relative}). A link the export
 * leaves out (a staff page, another language) stops being a link: its text stays, so that the page
 * still reads. Links to other sites are left alone.
 */
final class Links {

    /** Attributes that name one address, by element. */
    private static final String[][] SINGLE = {{"a[href]", "href"}, {"area[href]", "href"}, {"link[href]", "href"},
            {"script[src]", "src"}, {"img[src]", "src"}, {"source[src]", "src"}, {"video[src]", "src"},
            {"audio[src]", "src"}, {"track[src]", "src"}, {"iframe[src]", "src"}, {"form[action]", "action"},
            {"object[data]", "data"}};
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3");

    private final URI server;
    private final UnaryOperator<Address> exported;
    private final Set<Address> found = new LinkedHashSet<>();

    /**
     * @param server   the application's origin the pages were fetched from
     * @param exported the address as the export holds it (an alias made canonical), or null when it is left out
     */
    Links(URI server, UnaryOperator<Address> exported) {
        this.server = server;
        this.exported = exported;
    }

    /** The exported addresses the pages and stylesheets rewritten since the last call led to, in the order first met. */
    List<Address> drain() {
        List<Address> addresses = List.copyOf(found);
        found.clear();
        return addresses;
    }

    /** The page fetched from {@code address}, as it is to be written to {@code file}. */
    String page(String html, Address address, String file) {
        Document doc = Jsoup.parse(html, server.resolve(address.url()).toString());
        doc.outputSettings().prettyPrint(false);
        for (String[] rule : SINGLE) {
            for (Element e : doc.select(rule[0])) {
                rewrite(e, rule[1], file);
            }
        }
        for (Element e : doc.select("img[srcset], source[srcset]")) {
            e.attr("srcset", srcset(URI.create(doc.location()), e.attr("srcset"), file));
        }
        return doc.outerHtml();
    }

    /** A stylesheet fetched from {@code address}: its {@code url(…)} and {@code @import} made relative to {@code file}. */
    String stylesheet(String css, Address address, String file) {
        URI base = server.resolve(address.url());
        Matcher m = CSS_URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean url = m.group(2) != null;
            String target = url ? m.group(2) : m.group(4);
            String link = target(base, target.strip(), file).link();
            String quote = url ? m.group(1) : m.group(3);
            String replaced = link == null ? m.group() : url ? "url(" + quote + link + quote + ")" : "@import " + quote + link + quote;
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void rewrite(Element e, String attribute, String file) {
        String value = e.attr(attribute).strip();
        URI base = URI.create(e.baseUri());
        Target target = target(base, value, file);
        if (!target.leftOut() && target.link() == null) {
            return;
        }
        if (target.link() != null) {
            e.attr(attribute, target.link());
            return;
        }
        switch (e.tagName()) {
            case "a", "area" -> {
                e.removeAttr("href");
                e.unwrap();
            }
            case "link" -> e.remove();
            default -> {
                // a script or image the site does not publish stays as it was; the browser tests would see it fail
            }
        }
    }

    private String srcset(URI base, String value, String file) {
        StringBuilder out = new StringBuilder();
        for (String candidate : value.split(",")) {
            String[] parts = candidate.strip().split("\\s+", 2);
            String link = target(base, parts[0], file).link();
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(link == null ? parts[0] : link).append(parts.length > 1 ? " " + parts[1] : "");
        }
        return out.toString();
    }

    /** What a link of this site becomes: its relative form, or null when the export leaves it out. */
    private record Target(String link, boolean leftOut) {
        /** Not a link to this site: another site, an in-page anchor, another scheme. */
        static final Target OTHER = new Target(null, false);
        static final Target LEFT_OUT = new Target(null, true);
    }

    private Target target(URI base, String value, String file) {
        if (value.isEmpty() || value.startsWith("#")) {
            return Target.OTHER;
        }
        URI resolved = resolve(base, value);
        if (resolved == null) {
            return Target.OTHER;
        }
        if (!server.getScheme().equalsIgnoreCase(String.valueOf(resolved.getScheme()))
                || !server.getHost().equalsIgnoreCase(String.valueOf(resolved.getHost()))
                || server.getPort() != resolved.getPort()) {
            return Target.OTHER;
        }
        Address address = Address.of(resolved);
        Address kept = address == null ? null : exported.apply(address);
        String to = kept == null ? null : kept.file();
        if (to == null) {
            return Target.LEFT_OUT;
        }
        found.add(kept);
        String query = kept.isSearch() && kept.query() != null ? "?" + kept.query() : "";
        String fragment = resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment();
        return new Target(Address.relative(file, to) + query + fragment, false);
    }

    /**
     * The link resolved as a browser resolves it (RFC 3986): {@code ?lang=ja} on {@code /plans/4} is
     * {@code /plans/4?lang=ja}, where {@link URI#resolve} (RFC 2396) would give {@code /plans/?lang=ja}.
     */
    static URI resolve(URI base, String value) {
        try {
            if (value.startsWith("?")) {
                String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
                return URI.create(base.getScheme() + "://" + base.getRawAuthority() + path + value);
            }
            return base.resolve(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
