package jp.shinchoku.search;

import java.util.List;

/**
 * A passage of an initiative's text with the words that matched marked. It is a list of plain
 * text fragments, never markup: a page writes each fragment escaped and wraps the marked ones in
 * its own {@code <mark>}, so nothing from a document can become HTML.
 */
public record Snippet(List<Fragment> fragments) {

    public Snippet {
        fragments = List.copyOf(fragments);
    }

    public static Snippet plain(String text) {
        return new Snippet(text.isEmpty() ? List.of() : List.of(new Fragment(text, false)));
    }

    /** The passage as plain text. */
    public String text() {
        StringBuilder s = new StringBuilder();
        fragments.forEach(f -> s.append(f.text()));
        return s.toString();
    }

    public boolean marked() {
        return fragments.stream().anyMatch(Fragment::marked);
    }

    /** A run of text; {@code marked} when it matched the query. */
    public record Fragment(String text, boolean marked) {
    }
}
