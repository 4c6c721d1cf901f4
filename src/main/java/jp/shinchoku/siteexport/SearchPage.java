package jp.shinchoku.siteexport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.shinchoku.indicator.Grade;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The static search page: the application's own search page (its layout, heading and form) with
 * the results left to {@code static-search.js}. Its address stays {@code /search}, so that every
 * page's search box leads to it as it does on the application.
 */
final class SearchPage {

    /** The filters the script applies; the others need the server (choices that depend on the organization). */
    private static final Set<String> FILTERS = Set.of("organization", "plan", "grade");

    private SearchPage() {
    }

    /**
     * @param html     the application's {@code /search} page without a query
     * @param messages the application's messages, read in Japanese
     */
    static String of(String html, MessageSource messages) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        Element main = doc.selectFirst("main");
        if (main == null) {
            main = doc.body().appendElement("main");
        }
        Element form = main.selectFirst("form");
        if (form != null) {
            form.attr("action", Address.SEARCH);
            for (Element field : form.select(".field:has(select)")) {
                Element select = field.selectFirst("select");
                if (!FILTERS.contains(select.attr("name")) || select.select("option").size() < 2) {
                    field.remove();
                }
            }
        }
        main.select("section.results, nav.pages").remove();
        Element results = main.appendElement("section").addClass("results").id("static-results").attr("hidden", true)
                .attr("aria-labelledby", "results-heading")
                .attr("data-root", Address.relative(Address.of(Address.SEARCH).file(), "index.html").replace("index.html", ""))
                .attr("data-none", text(messages, "search.none"))
                .attr("data-count", text(messages, "search.count"))
                .attr("data-grades", grades());
        results.appendElement("h2").id("results-heading").text(text(messages, "search.results"));
        results.appendElement("p").attr("role", "status").id("static-status");
        results.appendElement("ol").addClass("hits").id("static-hits");
        doc.body().appendElement("script").attr("src", "/" + SearchData.FILE);
        doc.body().appendElement("script").attr("src", "/js/static-search.js");
        return doc.outerHtml();
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, key, Locale.JAPANESE);
    }

    private static String grades() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            labels.put(g.name(), g.label());
        }
        return JsonMapper.builder().build().writeValueAsString(labels);
    }
}
