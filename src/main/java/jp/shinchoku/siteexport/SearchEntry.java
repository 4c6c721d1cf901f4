package jp.shinchoku.siteexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.search.InitiativeLinks;
import jp.shinchoku.search.SearchSource.SourcePlan;

/**
 * One initiative as the static search finds it: the fields the application's search reads (title,
 * narrative texts, indicator names, departments, where it sits in its plan), and where the site
 * shows it. The same plans as the application's search: what the public sees ({@link jp.shinchoku.search.SearchSource}).
 *
 * @param url   the address the application links the initiative to, {@code /plans/4#i-01-01}
 * @param grade A to D in the plan's latest graded year, or null
 */
record SearchEntry(long planId, String organization, String plan, String code, String label, String title,
        String section, String texts, String indicators, String departments, String grade, String url) {

    static List<SearchEntry> of(SourcePlan source) {
        PlanDocument d = source.evaluated();
        Map<String, String> grades = new HashMap<>();
        RollUp.ofLatestYear(d, source.scale()).ifPresent(r -> collect(r.sections(), grades));
        List<SearchEntry> entries = new ArrayList<>();
        for (Section s : d.sections()) {
            add(source.planId(), d, s, "", grades, entries);
        }
        return entries;
    }

    private static void add(long planId, PlanDocument plan, Section section, String parents, Map<String, String> grades,
            List<SearchEntry> into) {
        String here = join(" ", section.label(), section.title());
        String path = parents.isEmpty() ? here : parents + " ＞ " + here;
        for (Initiative i : section.initiatives()) {
            List<String> departments = new ArrayList<>(i.ownerDepartments());
            i.relatedDepartments().stream().filter(r -> !departments.contains(r)).forEach(departments::add);
            into.add(new SearchEntry(planId, plan.organization(), plan.title(), i.code(), i.label(), i.title(), path,
                    String.join("\n", i.texts().stream().map(LabeledText::text).toList()),
                    String.join("\n", indicatorNames(i)), String.join("、", departments), grades.get(i.key()),
                    InitiativeLinks.url(planId, i.key())));
        }
        for (Section child : section.sections()) {
            add(planId, plan, child, path, grades, into);
        }
    }

    /** Each indicator's name and the names of its series (小, 中 …), once each. */
    private static List<String> indicatorNames(Initiative i) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Indicator k : i.indicators()) {
            names.add(k.name());
            k.values().stream().map(IndicatorValue::name).forEach(names::add);
        }
        names.remove(null);
        return List.copyOf(names);
    }

    private static void collect(List<RollUp.SectionRollUp> sections, Map<String, String> grades) {
        for (RollUp.SectionRollUp s : sections) {
            s.initiatives().stream().filter(g -> g.grade() != null).forEach(g -> grades.put(g.key(), g.grade().name()));
            collect(s.sections(), grades);
        }
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    /** Everything searched, for the index of character pairs. */
    String searched() {
        return String.join("\n", organization, plan, join(" ", code, label), title, section, texts, indicators,
                departments);
    }
}
