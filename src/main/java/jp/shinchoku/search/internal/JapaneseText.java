package jp.shinchoku.search.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * How Japanese text is cut into words, two ways.
 *
 * <p>Kuromoji, in search mode, finds words: it emits the parts of a compound too, drops particles
 * and auxiliaries, folds full-width and half-width forms and reduces verbs to their base form. But
 * it cuts a word it does not know according to its neighbours: テレワーク stands whole in
 * テレワークの環境整備 and as テレ + ワーク in 活用したテレワークの推進. So every text is also indexed as
 * overlapping pairs of characters ({@link Fields#grams}): a phrase of pairs finds any run of
 * characters wherever it stands, as a reader searching a page would.
 */
public final class JapaneseText {

    private static final Analyzer KUROMOJI = new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH,
            JapaneseAnalyzer.getDefaultStopSet(), JapaneseAnalyzer.getDefaultStopTags());

    private static final Analyzer BOTH = new PerFieldAnalyzerWrapper(KUROMOJI, grams());

    private JapaneseText() {
    }

    /** For indexing, queries and snippets: character pairs in the {@link Fields#grams} fields, Kuromoji's words elsewhere. */
    public static Analyzer analyzer() {
        return BOTH;
    }

    private static Map<String, Analyzer> grams() {
        Analyzer pairs = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        Map<String, Analyzer> fields = new HashMap<>();
        Fields.SEARCHED.forEach(w -> fields.put(Fields.grams(w.field()), pairs));
        return fields;
    }

    /**
     * Loads Kuromoji's dictionary now, on the calling thread: a class that fails to initialise stays
     * broken for the JVM's life, so its loading must not happen on a thread that may be interrupted.
     */
    public static void load() {
        try (var tokens = KUROMOJI.tokenStream("", "辞書")) {
            tokens.reset();
            while (tokens.incrementToken()) {
                // reading the tokens is what loads the dictionary
            }
            tokens.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Kuromoji's words only: what related initiatives are compared by. */
    public static Analyzer words() {
        return KUROMOJI;
    }
}
