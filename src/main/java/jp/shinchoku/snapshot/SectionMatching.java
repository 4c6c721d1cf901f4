package jp.shinchoku.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;

/**
 * Which section of a later snapshot is which section of an earlier one. Sections have no stable
 * ids in a document, so they are paired under parents already paired (the top level always is):
 * first those with the same label and title, then the same title (renumbered: 柱3 that was 柱2),
 * then the same label (retitled), and last those that hold the same initiatives (retitled and
 * without a label), the most initiatives in common first. A section left unpaired was added or
 * removed.
 */
final class SectionMatching {

    private final Map<Section, Section> laterOf = new IdentityHashMap<>();
    private final Map<Section, Section> earlierOf = new IdentityHashMap<>();
    private final Tree earlier;
    private final Tree later;

    private SectionMatching(PlanDocument before, PlanDocument after) {
        earlier = new Tree(before);
        later = new Tree(after);
        pair(before.sections(), after.sections());
    }

    static SectionMatching of(PlanDocument before, PlanDocument after) {
        return new SectionMatching(before, after);
    }

    /** The later section paired with an earlier one, or null where it was removed. */
    Section laterOf(Section earlierSection) {
        return laterOf.get(earlierSection);
    }

    /** The earlier section paired with a later one, or null where it was added. */
    Section earlierOf(Section laterSection) {
        return earlierOf.get(laterSection);
    }

    Tree earlier() {
        return earlier;
    }

    Tree later() {
        return later;
    }

    private void pair(List<Section> before, List<Section> after) {
        List<Section> left = new ArrayList<>(before);
        List<Section> right = new ArrayList<>(after);
        List<Section[]> pairs = new ArrayList<>();
        pairWhere(left, right, pairs, (a, b) -> same(a.label(), b.label()) && same(a.title(), b.title()));
        pairWhere(left, right, pairs, (a, b) -> same(a.title(), b.title()));
        pairWhere(left, right, pairs, (a, b) -> same(a.label(), b.label()));
        pairBySharedInitiatives(left, right, pairs);
        for (Section[] p : pairs) {
            laterOf.put(p[0], p[1]);
            earlierOf.put(p[1], p[0]);
            pair(p[0].sections(), p[1].sections());
        }
    }

    private static void pairWhere(List<Section> left, List<Section> right, List<Section[]> pairs,
            BiPredicate<Section, Section> same) {
        for (Section a : List.copyOf(left)) {
            right.stream().filter(b -> same.test(a, b)).findFirst().ifPresent(b -> {
                pairs.add(new Section[] {a, b});
                removeSame(left, a);
                removeSame(right, b);
            });
        }
    }

    private static void pairBySharedInitiatives(List<Section> left, List<Section> right, List<Section[]> pairs) {
        while (true) {
            Section bestA = null;
            Section bestB = null;
            long most = 0;
            for (Section a : left) {
                Set<String> held = initiatives(a);
                for (Section b : right) {
                    long shared = initiatives(b).stream().filter(held::contains).count();
                    if (shared > most) {
                        most = shared;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA == null) {
                return;
            }
            pairs.add(new Section[] {bestA, bestB});
            removeSame(left, bestA);
            removeSame(right, bestB);
        }
    }

    /** By identity: two sections of a document may be equal as records (the same label, title and nothing in them). */
    private static void removeSame(List<Section> sections, Section section) {
        sections.removeIf(s -> s == section);
    }

    private static Set<String> initiatives(Section s) {
        return s.allInitiatives().stream().map(Identity::initiativeKey).collect(Collectors.toSet());
    }

    /** Blank is no label or title at all, and never the same as another blank. */
    private static boolean same(String a, String b) {
        return a != null && !a.isBlank() && Objects.equals(a.strip(), b == null ? null : b.strip());
    }

    /** One document's sections with their parents, and the section that holds each initiative. */
    static final class Tree {

        private final Map<Section, Section> parents = new IdentityHashMap<>();
        private final Map<String, Section> holders = new HashMap<>();
        private final List<Section> all;

        Tree(PlanDocument plan) {
            all = plan.allSections();
            for (Section s : all) {
                s.sections().forEach(child -> parents.put(child, s));
                s.initiatives().forEach(i -> holders.put(Identity.initiativeKey(i), s));
            }
        }

        /** Every section, depth first, in document order. */
        List<Section> all() {
            return all;
        }

        Section parent(Section s) {
            return parents.get(s);
        }

        /** The section directly holding the initiative. */
        Section holder(Initiative i) {
            return holders.get(Identity.initiativeKey(i));
        }

        /** "柱2 多様で柔軟な働き方の推進 › ③ 職員の健康管理": the section after its ancestors. */
        String trail(Section s) {
            String within = within(s);
            return within.isEmpty() ? name(s) : within + " › " + name(s);
        }

        /** The section's ancestors, outermost first, as in {@link #trail}; empty at the top level. */
        String within(Section s) {
            List<String> names = new ArrayList<>();
            for (Section p = parent(s); p != null; p = parent(p)) {
                names.add(0, name(p));
            }
            return String.join(" › ", names);
        }

        /** Label and title, as a reader knows the section. */
        static String name(Section s) {
            return Stream.of(s.label(), s.title()).filter(t -> t != null && !t.isBlank())
                    .map(String::strip).collect(Collectors.joining(" "));
        }
    }
}
