package jp.shinchoku.staff;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.Evaluator;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * The plan a table would become, evaluated by the default rules, as rows for the import screen:
 * one per indicator, one cell per fiscal year with its target, actual, rate and grade.
 */
record TablePreview(String title, String organization, int initiatives, List<String> years, List<Row> rows) {

    record Row(String initiative, String indicator, String baseline, String direction, List<Cell> cells) {
    }

    /** A year's target, actual, rate and grade; the screen names the grade in the reader's language. */
    record Cell(String target, String actual, String rate, String grade) {

        static final Cell EMPTY = new Cell("", "", "", "");
    }

    static TablePreview of(PlanDocument document) {
        PlanDocument plan = Evaluator.evaluate(document, EvaluationInputs.DEFAULT);
        TreeSet<Integer> years = new TreeSet<>();
        plan.allInitiatives().forEach(i -> i.indicators().forEach(k -> k.values().forEach(v -> years.add(v.fiscalYear()))));
        List<Row> rows = new ArrayList<>();
        for (Initiative i : plan.allInitiatives()) {
            for (Indicator k : i.indicators()) {
                List<Cell> cells = years.stream().map(y -> cell(k.valueFor(y))).toList();
                String baseline = k.baseline() == null ? "" : text(k.baseline().value())
                        + (k.baseline().fiscalYear() == null ? "" : " (" + FiscalYear.of(k.baseline().fiscalYear()).japanese() + ")");
                rows.add(new Row(i.title(), k.name() == null ? k.label() : k.name(), baseline,
                        k.direction() == null ? "" : k.direction(), cells));
            }
        }
        return new TablePreview(plan.title(), plan.organization(), plan.allInitiatives().size(),
                years.stream().map(y -> FiscalYear.of(y).label()).toList(), rows);
    }

    private static Cell cell(IndicatorValue v) {
        if (v == null) {
            return Cell.EMPTY;
        }
        Evaluation e = v.evaluation();
        return new Cell(text(v.target()), text(v.actual()),
                e == null || e.rate() == null ? "" : e.rate().setScale(1, RoundingMode.HALF_UP).toPlainString() + "%",
                e == null || e.grade() == null ? "" : e.grade());
    }

    private static String text(Measure m) {
        return m == null || m.text() == null ? "" : m.text();
    }
}
