package jp.shinchoku.site;

import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.PlanSummary;

/** A plan as the list page shows it, fiscal years written both ways. */
record PlanListItem(long id, String organization, String title, String fiscalYears, String asOf, int initiatives,
        int indicators) {

    static PlanListItem of(PlanSummary s) {
        return new PlanListItem(s.id(), s.organization(), s.title(), FiscalYear.range(s.fiscalYears()),
                s.asOf() == null ? "" : Years.date(s.asOf()), s.initiatives(), s.indicators());
    }
}
