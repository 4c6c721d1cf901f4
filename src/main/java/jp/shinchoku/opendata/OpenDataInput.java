package jp.shinchoku.opendata;

import java.time.LocalDate;
import java.util.Objects;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * What one plan's datasets are made from: the evaluated plan, the date it speaks for, and its
 * organisation's grading and licence. Every dataset is a function of this value alone.
 */
public record OpenDataInput(long planId, PlanDocument plan, LocalDate asOf, GradeScale scale, Licence licence) {

    public OpenDataInput {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(licence, "licence");
    }
}
