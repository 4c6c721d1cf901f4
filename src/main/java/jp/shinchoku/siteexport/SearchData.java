package jp.shinchoku.siteexport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The prebuilt index the static search page loads: every initiative with what a result shows, and
 * for every pair of adjacent characters the initiatives holding it.
 *
 * <p>Pairs of characters rather than words: Japanese has no spaces, and cutting it into words in
 * the browser would need Kuromoji's dictionary there (megabytes). Any word of two or more
 * characters is found through its pairs, and the script then checks that the word itself is in
 * the text, so アクアコイン does not match a text with アクア and コイン apart. The application's own
 * search reads the same pairs beside Kuromoji's words ({@code Fields.GRAMS}) for the same reason.
 * Text is compared after NFKC and lower case, as the script does (ＡＩ and ai match).
 *
 * <p>Shipped as a script setting one variable rather than as JSON fetched by the page, so that the
 * search works also when the export is opened from a disk (browsers refuse fetch on file:).
 */
final class SearchData {

    static final String FILE = "search/search-data.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchData() {
    }

    /**
     * One initiative as the script reads it; {@code u} its link relative to the export's root.
     * Short names: the index is downloaded by every visitor who searches.
     */
    record Doc(String u, String o, String p, long pid, String c, String t, String s, String x, String k, String d,
            String g) {
    }

    static Doc doc(SearchEntry e, String link) {
        return new Doc(link, e.organization(), e.plan(), e.planId(), join(e.code(), e.label()), e.title(), e.section(),
                e.texts(), e.indicators(), e.departments(), e.grade());
    }

    private static String join(String code, String label) {
        String joined = ((code == null ? "" : code) + " " + (label == null ? "" : label)).strip();
        return joined.isEmpty() ? null : joined;
    }

    /** The script: {@code window.shinchokuSearch = {"docs": […], "grams": {"アク": [0, 5], …}};}. */
    static String script(List<SearchEntry> entries, List<Doc> docs) {
        Map<String, TreeSet<Integer>> grams = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String gram : grams(entries.get(i).searched())) {
                grams.computeIfAbsent(gram, g -> new TreeSet<>()).add(i);
            }
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("docs", docs);
        Map<String, List<Integer>> postings = new LinkedHashMap<>();
        grams.forEach((gram, ids) -> postings.put(gram, new ArrayList<>(ids)));
        index.put("grams", postings);
        return "window.shinchokuSearch = " + JSON.writeValueAsString(index) + ";\n";
    }

    /** Text as compared: NFKC, lower case. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Each pair of adjacent characters of the text, neither of them a space. */
    static TreeSet<String> grams(String text) {
        TreeSet<String> grams = new TreeSet<>();
        int[] cps = normalize(text).codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (!Character.isWhitespace(cps[i]) && !Character.isWhitespace(cps[i + 1])) {
                grams.add(new String(cps, i, 2));
            }
        }
        return grams;
    }
}
