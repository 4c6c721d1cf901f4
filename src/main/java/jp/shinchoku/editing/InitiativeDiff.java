package jp.shinchoku.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;

/** What changed between two versions of an initiative, field by field, in words a reader can check. */
public final class InitiativeDiff {

    private InitiativeDiff() {
    }

    /** One changed field: what it is (取組名, 成果目標① 令和5年度 (2023) 実績 …), before and after (null where absent). */
    public record Change(String field, String before, String after) {
    }

    public static List<Change> between(Initiative before, Initiative after) {
        List<Change> changes = new ArrayList<>();
        if (before == null || after == null) {
            return changes;
        }
        compare(changes, "番号 (code)", before.code(), after.code());
        compare(changes, "取組名 (title)", before.title(), after.title());
        compare(changes, "担当課 (owner)", String.join("、", before.ownerDepartments()),
                String.join("、", after.ownerDepartments()));
        compare(changes, "関係課 (related)", String.join("、", before.relatedDepartments()),
                String.join("、", after.relatedDepartments()));
        compare(changes, "目標年度 (target year)", year(before.targetFiscalYear()), year(after.targetFiscalYear()));
        Map<String, String> textsBefore = texts(before.texts());
        Map<String, String> textsAfter = texts(after.texts());
        for (String label : union(textsBefore.keySet(), textsAfter.keySet())) {
            compare(changes, label, textsBefore.get(label), textsAfter.get(label));
        }
        Map<String, Indicator> indicatorsBefore = indicators(before);
        Map<String, Indicator> indicatorsAfter = indicators(after);
        for (String key : union(indicatorsBefore.keySet(), indicatorsAfter.keySet())) {
            Indicator a = indicatorsBefore.get(key);
            Indicator b = indicatorsAfter.get(key);
            if (a == null || b == null) {
                compare(changes, "指標 (indicator) " + key, a == null ? null : a.name(), b == null ? null : b.name());
                continue;
            }
            compare(changes, key + " 指標名 (name)", a.name(), b.name());
            Set<Integer> years = new java.util.TreeSet<>();
            a.values().forEach(v -> years.add(v.fiscalYear()));
            b.values().forEach(v -> years.add(v.fiscalYear()));
            for (int year : years) {
                IndicatorValue va = a.valueFor(year);
                IndicatorValue vb = b.valueFor(year);
                String at = key + " " + FiscalYear.of(year).label();
                compare(changes, at + " 目標 (target)", text(va == null ? null : va.target()), text(vb == null ? null : vb.target()));
                compare(changes, at + " 実績 (actual)", text(va == null ? null : va.actual()), text(vb == null ? null : vb.actual()));
                compare(changes, at + " 備考 (note)", va == null ? null : va.note(), vb == null ? null : vb.note());
            }
        }
        return changes;
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        String a = before == null || before.isEmpty() ? null : before;
        String b = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(a, b)) {
            changes.add(new Change(field, a, b));
        }
    }

    private static Map<String, String> texts(List<LabeledText> texts) {
        Map<String, String> map = new LinkedHashMap<>();
        texts.forEach(t -> map.merge(t.label(), t.text(), (x, y) -> x + "\n" + y));
        return map;
    }

    private static Map<String, Indicator> indicators(Initiative i) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        i.indicators().forEach(k -> map.put(Identity.indicatorKey(k), k));
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String text(Measure m) {
        return m == null ? null : m.text();
    }

    private static String year(Integer year) {
        return year == null ? null : FiscalYear.of(year).label();
    }
}
