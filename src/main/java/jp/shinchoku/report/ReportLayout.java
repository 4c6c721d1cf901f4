package jp.shinchoku.report;

import java.util.Set;
import jp.shinchoku.plan.document.PlanDocument;

/** How a plan is printed: one sheet per initiative (seeds 003, 004), or tables under headings (seed 000). */
enum ReportLayout {
    SHEETS, TABLE;

    private static final Set<String> TABLE_LAYOUTS = Set.of("chiba-city-manifesto", "chiba-city-reform");
    private static final Set<String> SHEET_LAYOUTS = Set.of("kisarazu-dx-policy-sheet", "kisarazu-reform-progress",
            "chiba-pref-reform-sheet");

    /** The layout the plan's own document had; for other plans, sheets when anything is measured or scheduled. */
    static ReportLayout of(PlanDocument plan) {
        String layout = plan.source() == null || plan.source().layout() == null ? "" : plan.source().layout();
        if (TABLE_LAYOUTS.contains(layout)) {
            return TABLE;
        }
        if (SHEET_LAYOUTS.contains(layout)) {
            return SHEETS;
        }
        boolean measured = plan.allInitiatives().stream()
                .anyMatch(i -> !i.indicators().isEmpty() || !i.schedule().isEmpty());
        return measured ? SHEETS : TABLE;
    }
}
