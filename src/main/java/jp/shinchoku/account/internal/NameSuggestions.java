package jp.shinchoku.account.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registered names closest to one that was not found, so that a message can say which was
 * meant: the seeds spell some department names two ways (康推進課 beside 健康推進課), and a typed
 * name is usually one character off. Closeness is the share of characters in common, which suits
 * Japanese names written without spaces.
 */
public final class NameSuggestions {

    private static final int MAX = 5;

    private NameSuggestions() {
    }

    /** Up to five names sharing at least half their characters with the given one, closest first, joined by 、; or "-". */
    public static String closest(String wanted, List<String> names) {
        Set<Integer> chars = wanted.strip().codePoints().boxed().collect(Collectors.toSet());
        List<String> close = names.stream()
                .filter(n -> overlap(chars, n) >= 0.5)
                .sorted(Comparator.comparingDouble((String n) -> -overlap(chars, n)).thenComparing(n -> n))
                .limit(MAX).toList();
        return close.isEmpty() ? "-" : String.join("、", close);
    }

    /** Shared distinct characters over the distinct characters of the longer of the two. */
    static double overlap(Set<Integer> chars, String name) {
        Set<Integer> other = name.codePoints().boxed().collect(Collectors.toSet());
        long shared = other.stream().filter(chars::contains).count();
        return (double) shared / Math.max(1, Math.max(chars.size(), other.size()));
    }
}
