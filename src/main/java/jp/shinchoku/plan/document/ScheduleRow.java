package jp.shinchoku.plan.document;

import java.util.List;

/** One task of an initiative's schedule and the fiscal years it runs in (empty when unknown). */
public record ScheduleRow(String task, List<Integer> fiscalYears) {

    public ScheduleRow {
        fiscalYears = List.copyOf(fiscalYears == null ? List.of() : fiscalYears);
    }
}
