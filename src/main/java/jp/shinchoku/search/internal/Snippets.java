package jp.shinchoku.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.shinchoku.search.Snippet;
import jp.shinchoku.search.Snippet.Fragment;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of a found initiative that best shows why it was found, with Lucene's unified
 * highlighter re-analysing the stored text. The passage comes back as fragments, not as HTML.
 */
public final class Snippets {

    /** About one sentence or two of Japanese. */
    private static final int GOAL = 100;
    private static final int MAX = 160;
    private static final int BEFORE_MATCH = 50;

    private static final UnifiedHighlighter HIGHLIGHTER = UnifiedHighlighter.builderWithoutSearcher(JapaneseText.analyzer())
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.JAPAN), GOAL, 0.3f))
            .withFormatter(new FragmentFormatter())
            .withMaxLength(100_000)
            .build();

    private Snippets() {
    }

    /** The first of the snippet fields with a match; else the beginning of the texts. */
    public static Snippet of(Query query, Document doc) {
        if (query != null) {
            for (String field : Fields.SNIPPET_SOURCES) {
                String content = doc.get(field);
                if (content == null || content.isBlank()) {
                    continue;
                }
                // Kuromoji's words first; else the characters as typed, as pairs
                for (String readAs : new String[] {field, Fields.grams(field)}) {
                    Snippet s = highlight(readAs, query, content);
                    if (s.marked()) {
                        return s;
                    }
                }
            }
        }
        String texts = doc.get(Fields.TEXTS);
        return Snippet.plain(texts == null ? "" : shorten(oneLine(texts), 0, texts.length()));
    }

    private static Snippet highlight(String field, Query query, String content) {
        try {
            return (Snippet) HIGHLIGHTER.highlightWithoutSearcher(field, query, content, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String shorten(String s, int from, int to) {
        int end = Math.min(to, Math.min(s.length(), from + MAX));
        return (from > 0 ? "…" : "") + s.substring(from, end).strip() + (end < s.length() ? "…" : "");
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
                if (me <= ms) {
                    continue;
                }
                // matches come in order of start; the next may begin inside this one
                while (m + 1 < p.getNumMatches() && p.getMatchStarts()[m + 1] <= me) {
                    me = Math.min(Math.max(me, p.getMatchEnds()[++m]), end);
                }
                text(fragments, content.substring(at, ms));
                fragments.add(new Fragment(oneLine(content.substring(ms, me)), true));
                at = me;
            }
            text(fragments, content.substring(at, end));
            if (end < content.length()) {
                fragments.add(new Fragment("…", false));
            }
            return new Snippet(fragments);
        }

        private static void text(List<Fragment> into, String s) {
            if (!s.isEmpty()) {
                into.add(new Fragment(oneLine(s), false));
            }
        }
    }
}
