package jp.shinchoku.rollup;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the public lists show it. {@code counts} and the numbers of initiatives and indicators
 * are those stored for its latest snapshot; null for a plan never published.
 */
public record PlanFigures(long id, String title, List<Integer> fiscalYears, LocalDate asOf, long organizationId,
        String organization, String prefecture, String kind, String planType, Long snapshotId, LocalDate publishedAsOf,
        Integer gradedYear, GradeCounts counts, Integer initiatives, Integer indicators) {
}
