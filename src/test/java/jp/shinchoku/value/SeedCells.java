package jp.shinchoku.value;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;

/** Every target, actual and baseline cell of the five seeds, with where it stands. */
record SeedCells(String where, String text) {

    static List<SeedCells> all() {
        List<SeedCells> cells = new ArrayList<>();
        for (PlanDocument plan : SeedDocuments.all()) {
            for (Initiative i : plan.allInitiatives()) {
                for (Indicator k : i.indicators()) {
                    String at = plan.source().fileName() + " " + i.code() + " " + k.label();
                    if (k.baseline() != null) {
                        add(cells, at + " baseline", k.baseline().value());
                    }
                    for (IndicatorValue v : k.values()) {
                        add(cells, at + " " + v.fiscalYear() + " target", v.target());
                        add(cells, at + " " + v.fiscalYear() + " actual", v.actual());
                    }
                }
            }
        }
        return cells;
    }

    private static void add(List<SeedCells> cells, String where, Measure m) {
        if (m != null) {
            cells.add(new SeedCells(where, m.text()));
        }
    }
}
