package jp.shinchoku.roundbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import jp.shinchoku.indicator.Direction;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.StoredInitiative;
import jp.shinchoku.plan.StoredPlan;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;

/**
 * The lines a department's workbook holds: for every initiative the department owns, every
 * indicator and every fiscal year the staff screen shows for it (the plan's years and any other
 * year the indicator has), in the plan's order.
 */
final class TaskLines {

    private TaskLines() {
    }

    /**
     * @param evaluated the plan as evaluated, where it tells which indicators are qualitative; null if none
     */
    static List<TaskLine> of(StoredPlan plan, PlanDocument evaluated, String department) {
        List<TaskLine> lines = new ArrayList<>();
        for (StoredInitiative stored : plan.initiatives()) {
            Initiative initiative = stored.content();
            // a department's name is unique in its organisation: the plan holds each owner by name
            if (!initiative.ownerDepartments().contains(department)) {
                continue;
            }
            for (Indicator k : initiative.indicators()) {
                TreeSet<Integer> years = new TreeSet<>(plan.document().fiscalYears());
                k.values().forEach(v -> years.add(v.fiscalYear()));
                boolean qualitativeIndicator = qualitative(evaluated, initiative, k);
                String unit = unit(k);
                for (int year : years) {
                    IndicatorValue v = k.valueFor(year);
                    lines.add(new TaskLine(stored.id(), initiative.code(), initiative.title(), Identity.indicatorKey(k),
                            displayName(k), unit, year, v == null ? null : text(v.target()),
                            v == null ? null : text(v.actual()), v == null ? null : v.note(),
                            qualitativeIndicator || v != null && inWords(v.target())));
                }
            }
        }
        return lines;
    }

    /** Its current line, or null when the initiative, indicator or year is gone. */
    static TaskLine current(StoredPlan plan, long initiativeId, String indicatorKey, int fiscalYear) {
        return plan.initiative(initiativeId).flatMap(i -> i.content().indicators().stream()
                .filter(k -> Identity.indicatorKey(k).equals(indicatorKey)).findFirst()
                .map(k -> {
                    IndicatorValue v = k.valueFor(fiscalYear);
                    return new TaskLine(initiativeId, i.content().code(), i.content().title(), indicatorKey,
                            displayName(k), unit(k), fiscalYear, v == null ? null : text(v.target()),
                            v == null ? null : text(v.actual()), v == null ? null : v.note(), false);
                })).orElse(null);
    }

    private static boolean qualitative(PlanDocument evaluated, Initiative initiative, Indicator indicator) {
        if (evaluated == null) {
            return false;
        }
        String key = Identity.initiativeKey(initiative);
        String indicatorKey = Identity.indicatorKey(indicator);
        return evaluated.allInitiatives().stream().filter(i -> Identity.initiativeKey(i).equals(key))
                .flatMap(i -> i.indicators().stream()).filter(k -> Identity.indicatorKey(k).equals(indicatorKey))
                .anyMatch(k -> Direction.QUALITATIVE.code().equals(k.direction()));
    }

    /** A target in words (条例への反映, 実施): its year's actual is a judgement in words too. */
    private static boolean inWords(Measure target) {
        return target != null && CellReader.read(target.text()) instanceof Reading.Qualitative;
    }

    /** "指標① 学校給食への有機米提供率", or the name alone where the label is the name. */
    private static String displayName(Indicator k) {
        return k.label() == null || Objects.equals(k.label(), k.name()) ? k.name() : k.label() + " " + k.name();
    }

    /** The unit its targets are stated in, where any is. */
    private static String unit(Indicator k) {
        return k.values().stream().map(IndicatorValue::target).filter(Objects::nonNull).map(Measure::unit)
                .filter(Objects::nonNull).findFirst().orElse("");
    }

    private static String text(Measure m) {
        return m == null ? null : m.text();
    }
}
