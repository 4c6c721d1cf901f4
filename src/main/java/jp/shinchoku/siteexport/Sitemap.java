package jp.shinchoku.siteexport;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * {@code sitemap.xml} and {@code robots.txt}. A sitemap needs absolute addresses, so it is written
 * only when the export is told where it will be published ({@code --base-url}); pages are listed
 * by their directory ({@code https://…/plans/4/}), as a web server serves them.
 */
final class Sitemap {

    private Sitemap() {
    }

    /** @param baseUrl where the export's root is published, ending with {@code /} */
    static String xml(String baseUrl, Collection<String> pageFiles) {
        String urls = pageFiles.stream().sorted()
                .map(file -> "  <url><loc>" + xml(baseUrl + address(file)) + "</loc></url>\n")
                .collect(Collectors.joining());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls + "</urlset>\n";
    }

    /** Every page may be crawled; the sitemap is named when there is one. */
    static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "Sitemap: " + baseUrl + "sitemap.xml\n");
    }

    /** {@code plans/4/index.html} → {@code plans/4/}, each name percent-encoded. */
    static String address(String file) {
        String link = Address.relative("index.html", file);
        return link.endsWith("index.html") ? link.substring(0, link.length() - "index.html".length()) : link;
    }

    /** XML's five escapes only: HTML's named entities are not XML. */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
