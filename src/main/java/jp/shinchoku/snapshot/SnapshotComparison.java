package jp.shinchoku.snapshot;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.shinchoku.editing.InitiativeDiff;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;

/**
 * What changed between two published snapshots of a plan: the plan's own texts; its sections
 * (added, removed, renumbered or retitled, texts changed, paired by {@link SectionMatching}); and
 * initiative by initiative the values, texts and departments people wrote ({@link InitiativeDiff}),
 * the section each sits in, and the grades the evaluation gave. Each change carries its lines
 * marked as kept, removed or added, so a long text shows only what moved.
 */
public record SnapshotComparison(List<Change> planTexts, List<SectionChanges> sections,
        List<InitiativeChanges> initiatives) {

    /** The field of an initiative's change of section. */
    public static final String SECTION_FIELD = "区分 (section)";

    public SnapshotComparison {
        planTexts = List.copyOf(planTexts);
        sections = List.copyOf(sections);
        initiatives = List.copyOf(initiatives);
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    public enum Mark { SAME, REMOVED, ADDED }

    /** One initiative that differs; {@code key} is the one its page's address uses. */
    public record InitiativeChanges(String key, String code, String title, Kind kind, List<Change> changes) {
    }

    /**
     * One section that differs: {@code before} and {@code after} are the section in each snapshot
     * (null where it is absent), {@code name} its label and title and {@code within} its ancestors'
     * (empty at the top level), as the later snapshot has them unless it was removed. The sections
     * inside a section added or removed are not listed again.
     */
    public record SectionChanges(Section before, Section after, String name, String within, Kind kind,
            List<Change> changes) {
    }

    /** One field that differs, with its lines marked. */
    public record Change(String field, String before, String after, List<Line> lines) {
    }

    public record Line(Mark mark, String text) {
    }

    public boolean isEmpty() {
        return planTexts.isEmpty() && sections.isEmpty() && initiatives.isEmpty();
    }

    public static SnapshotComparison between(PlanDocument before, PlanDocument after) {
        SectionMatching sections = SectionMatching.of(before, after);
        return new SnapshotComparison(texts(before.texts(), after.texts()), sections(sections),
                initiatives(before, after, sections));
    }

    private static List<InitiativeChanges> initiatives(PlanDocument before, PlanDocument after, SectionMatching sections) {
        Map<String, Initiative> earlier = byIdentity(before);
        Map<String, Initiative> later = byIdentity(after);
        List<InitiativeChanges> changed = new ArrayList<>();
        later.forEach((identity, now) -> {
            Initiative then = earlier.get(identity);
            if (then == null) {
                changed.add(new InitiativeChanges(now.key(), now.code(), now.title(), Kind.ADDED, List.of()));
                return;
            }
            List<Change> changes = new ArrayList<>();
            moved(sections, then, now).ifPresent(changes::add);
            InitiativeDiff.between(then, now).forEach(c -> changes.add(change(c.field(), c.before(), c.after())));
            changes.addAll(grades(then, now));
            if (!changes.isEmpty()) {
                changed.add(new InitiativeChanges(now.key(), now.code(), now.title(), Kind.CHANGED, changes));
            }
        });
        earlier.forEach((identity, then) -> {
            if (!later.containsKey(identity)) {
                changed.add(new InitiativeChanges(then.key(), then.code(), then.title(), Kind.REMOVED, List.of()));
            }
        });
        return changed;
    }

    /** The initiative's sections, where it now sits in another than the one its earlier section became. */
    private static Optional<Change> moved(SectionMatching sections, Initiative then, Initiative now) {
        Section was = sections.earlier().holder(then);
        Section is = sections.later().holder(now);
        if (was == null || is == null || sections.laterOf(was) == is) {
            return Optional.empty();
        }
        return Optional.of(change(SECTION_FIELD, sections.earlier().trail(was), sections.later().trail(is)));
    }

    /** Sections changed or added in the later snapshot's order, then those removed in the earlier's. */
    private static List<SectionChanges> sections(SectionMatching sections) {
        List<SectionChanges> changed = new ArrayList<>();
        SectionMatching.Tree later = sections.later();
        SectionMatching.Tree earlier = sections.earlier();
        for (Section now : later.all()) {
            Section then = sections.earlierOf(now);
            if (then == null) {
                Section parent = later.parent(now);
                if (parent == null || sections.earlierOf(parent) != null) {
                    changed.add(new SectionChanges(null, now, SectionMatching.Tree.name(now), later.within(now),
                            Kind.ADDED, List.of()));
                }
                continue;
            }
            List<Change> changes = new ArrayList<>();
            field(changes, "番号 (label)", then.label(), now.label());
            field(changes, "見出し (title)", then.title(), now.title());
            changes.addAll(texts(then.texts(), now.texts()));
            if (!changes.isEmpty()) {
                changed.add(new SectionChanges(then, now, SectionMatching.Tree.name(now), later.within(now),
                        Kind.CHANGED, changes));
            }
        }
        for (Section then : earlier.all()) {
            Section parent = earlier.parent(then);
            if (sections.laterOf(then) == null && (parent == null || sections.laterOf(parent) != null)) {
                changed.add(new SectionChanges(then, null, SectionMatching.Tree.name(then), earlier.within(then),
                        Kind.REMOVED, List.of()));
            }
        }
        return changed;
    }

    /** Texts compared by their labels, in the later order and then those gone; a label held twice is one text. */
    private static List<Change> texts(List<LabeledText> before, List<LabeledText> after) {
        Map<String, String> earlier = byLabel(before);
        Map<String, String> later = byLabel(after);
        Set<String> labels = new LinkedHashSet<>(later.keySet());
        labels.addAll(earlier.keySet());
        List<Change> changes = new ArrayList<>();
        labels.forEach(label -> field(changes, label, earlier.get(label), later.get(label)));
        return changes;
    }

    private static Map<String, String> byLabel(List<LabeledText> texts) {
        Map<String, String> map = new LinkedHashMap<>();
        texts.forEach(t -> map.merge(t.label() == null || t.label().isBlank() ? "本文 (text)" : t.label(), t.text(),
                (x, y) -> x + "\n" + y));
        return map;
    }

    /** A change where the two differ, an empty text counting as none. */
    private static void field(List<Change> changes, String field, String before, String after) {
        String a = before == null || before.isEmpty() ? null : before;
        String b = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(a, b)) {
            changes.add(change(field, a, b));
        }
    }

    private static Map<String, Initiative> byIdentity(PlanDocument plan) {
        Map<String, Initiative> map = new LinkedHashMap<>();
        plan.allInitiatives().forEach(i -> map.put(Identity.initiativeKey(i), i));
        return map;
    }

    /** The grade of each indicator-year the two snapshots both hold, where it differs. */
    private static List<Change> grades(Initiative then, Initiative now) {
        List<Change> changes = new ArrayList<>();
        Map<String, Indicator> earlier = new LinkedHashMap<>();
        then.indicators().forEach(k -> earlier.put(Identity.indicatorKey(k), k));
        for (Indicator k : now.indicators()) {
            String key = Identity.indicatorKey(k);
            Indicator old = earlier.get(key);
            if (old == null) {
                continue;
            }
            for (IndicatorValue v : k.values()) {
                IndicatorValue was = old.valueFor(v.fiscalYear());
                String a = grade(was == null ? null : was.evaluation());
                String b = grade(v.evaluation());
                if (!Objects.equals(a, b)) {
                    changes.add(change(key + " " + FiscalYear.of(v.fiscalYear()).label() + " 評価 (grade)", a, b));
                }
            }
        }
        return changes;
    }

    /** "A 達成 (104.2%)", "見込" marked, or null where nothing was graded. */
    private static String grade(Evaluation e) {
        if (e == null || e.grade() == null) {
            return null;
        }
        String rate = e.rate() == null ? "" : " (" + e.rate().toPlainString() + "%)";
        return e.grade() + " " + e.label() + rate + (e.projected() ? " 見込" : "");
    }

    static Change change(String field, String before, String after) {
        List<String> a = before == null ? List.of() : before.lines().toList();
        List<String> b = after == null ? List.of() : after.lines().toList();
        List<Line> lines = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                lines.add(new Line(Mark.SAME, a.get(at)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new Line(Mark.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new Line(Mark.ADDED, l)));
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        for (; at < a.size(); at++) {
            lines.add(new Line(Mark.SAME, a.get(at)));
        }
        return new Change(field, before, after, List.copyOf(lines));
    }
}
