package jp.shinchoku.report;

import java.time.LocalDate;
import java.util.Objects;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * Everything a report is made from: the evaluated plan, the date it speaks for, and its
 * organisation's grading. Every output of this module is a function of this value alone.
 */
public record ReportInput(PlanDocument plan, LocalDate asOf, GradeScale scale) {

    public ReportInput {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(scale, "scale");
    }
}
