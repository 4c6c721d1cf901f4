package jp.shinchoku.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.shinchoku.search.Snippet;
import jp.shinchoku.search.Snippet.Fragment;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of each found initiative that best shows why it was found, with Lucene's unified
 * highlighter. The offsets of the words are read from the index (stored with the postings), not by
 * analysing the text again, and a field's text is marked with the matches of its Kuromoji words
 * and of its character pairs together. The passage comes back as fragments, never as HTML.
 */
public final class Snippets {

    /** About one sentence or two of Japanese. */
    private static final int GOAL = 100;
    private static final int MAX = 160;
    private static final int BEFORE_MATCH = 50;

    private Snippets() {
    }

    /**
     * For each document, the first snippet field with a match; else the beginning of its texts.
     * {@code docIds} and {@code docs} are in the same order.
     */
    public static List<Snippet> of(IndexSearcher searcher, Query query, int[] docIds, List<Document> docs)
            throws IOException {
        Snippet[] found = new Snippet[docIds.length];
        if (query != null) {
            Highlighter highlighter = new Highlighter(searcher);
            // field by field, only for the documents still without a match: most are done by the first
            for (String field : Fields.SNIPPET_SOURCES) {
                List<Integer> open = new ArrayList<>();
                for (int i = 0; i < docIds.length; i++) {
                    if (found[i] == null) {
                        open.add(i);
                    }
                }
                if (open.isEmpty()) {
                    break;
                }
                int[] ids = open.stream().mapToInt(i -> docIds[i]).toArray();
                Object[] passages = highlighter.passages(field, query, ids);
                for (int k = 0; k < ids.length; k++) {
                    if (passages[k] instanceof Snippet s && s.marked()) {
                        found[open.get(k)] = s;
                    }
                }
            }
        }
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            snippets.add(found[i] != null ? found[i] : beginning(docs.get(i)));
        }
        return snippets;
    }

    /** The beginning of the initiative's texts, nothing marked. */
    public static Snippet beginning(Document doc) {
        String texts = oneLine(doc.get(Fields.TEXTS) == null ? "" : doc.get(Fields.TEXTS)).strip();
        return Snippet.plain(texts.length() <= MAX ? texts : texts.substring(0, MAX) + "…");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Opens the highlighter's passages as objects (our fragments) rather than strings. */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(IndexSearcher searcher) {
            super(UnifiedHighlighter.builder(searcher, JapaneseText.analyzer())
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.JAPAN), GOAL, 0.3f))
                    .withFormatter(new FragmentFormatter())
                    // weight matches would rebuild the whole many-field query for every document and field
                    .withWeightMatches(false)
                    // a field is marked where its words or its character pairs matched
                    .withMaskedFieldsFunc(field -> Set.of(field, Fields.grams(field))));
        }

        /** One passage of {@code field} per document, in the order of {@code docIds}; null where it has none. */
        Object[] passages(String field, Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1}).get(field);
        }
    }

    /** Builds the fragments; overlapping matches are merged, a long passage cut around its first match. */
    private static final class FragmentFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return Snippet.plain("");
            }
            Passage p = passages[0];
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (end - start > MAX && p.getNumMatches() > 0) {
                start = Math.max(start, p.getMatchStarts()[0] - BEFORE_MATCH);
                end = Math.min(end, start + MAX);
            } else if (end - start > MAX) {
                end = start + MAX;
            }
            List<Fragment> fragments = new ArrayList<>();
            if (start > 0) {
                fragments.add(new Fragment("…", false));
            }
            int at = start;
            for (int m = 0; m < p.getNumMatches(); m++) {
                int ms = Math.max(p.getMatchStarts()[m], at);
                int me = Math.min(p.getMatchEnds()[m], end);
                // matches come in order of start; the next may begin inside this one (pairs overlap)
                while (m + 1 < p.getNumMatches() && p.getMatchStarts()[m + 1] <= me) {
                    me = Math.min(Math.max(me, p.getMatchEnds()[++m]), end);
                }
                if (me <= ms) {
                    continue;
                }
                text(fragments, content.substring(at, ms), fragments.isEmpty());
                fragments.add(new Fragment(oneLine(content.substring(ms, me)), true));
                at = me;
            }
            text(fragments, content.substring(at, end), fragments.isEmpty());
            if (end < content.length()) {
                fragments.add(new Fragment("…", false));
            }
            return new Snippet(fragments);
        }

        private static void text(List<Fragment> into, String s, boolean first) {
            String line = oneLine(s);
            if (first) {
                line = line.stripLeading();
            }
            if (!line.isEmpty()) {
                into.add(new Fragment(line, false));
            }
        }
    }
}
