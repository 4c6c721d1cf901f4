package jp.shinchoku.search;

import java.util.List;

/** What the index holds to filter by: every organisation, plan, department and fiscal year in it. */
public record SearchFilters(List<String> organizations, List<PlanOption> plans, List<String> departments,
        List<Integer> fiscalYears) {

    /** The grades an initiative can have, "none" for no grade in its plan's latest graded year. */
    public static final List<String> GRADES = List.of("A", "B", "C", "D", "none");

    public SearchFilters {
        organizations = List.copyOf(organizations);
        plans = List.copyOf(plans);
        departments = List.copyOf(departments);
        fiscalYears = List.copyOf(fiscalYears);
    }

    public record PlanOption(long id, String organization, String title) {
    }
}
