package jp.shinchoku.plan;

import java.time.LocalDate;
import java.util.List;

/** One line of the plan list. */
public record PlanSummary(long id, String organization, String title, LocalDate asOf, List<Integer> fiscalYears,
        int revision, String layout, int initiatives, int indicators) {
}
