package jp.shinchoku.snapshot;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.shinchoku.editing.InitiativeDiff;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * What changed between two published snapshots of a plan, initiative by initiative: the values,
 * texts and departments people wrote ({@link InitiativeDiff}), and the grades the evaluation gave.
 * Each change carries its lines marked as kept, removed or added, so a long text shows only what
 * moved.
 */
public record SnapshotComparison(List<InitiativeChanges> initiatives) {

    public SnapshotComparison {
        initiatives = List.copyOf(initiatives);
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    public enum Mark { SAME, REMOVED, ADDED }

    /** One initiative that differs; {@code key} is the one its page's address uses. */
    public record InitiativeChanges(String key, String code, String title, Kind kind, List<Change> changes) {
    }

    /** One field that differs, with its lines marked. */
    public record Change(String field, String before, String after, List<Line> lines) {
    }

    public record Line(Mark mark, String text) {
    }

    public boolean isEmpty() {
        return initiatives.isEmpty();
    }

    public static SnapshotComparison between(PlanDocument before, PlanDocument after) {
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
        return new SnapshotComparison(changed);
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
