package jp.shinchoku.plan;

import java.time.LocalDate;
import java.util.List;

/** What names a plan and places it: its id, its organisation (id and current name), title, as-of date and years. */
public record PlanHeading(long id, long organizationId, String organization, String title, LocalDate asOf,
        List<Integer> fiscalYears) {

    public PlanHeading {
        fiscalYears = List.copyOf(fiscalYears);
    }
}
