package jp.shinchoku.search;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the index holds to filter by: every organisation, plan, department (by organisation) and
 * fiscal year in it.
 */
public record SearchFilters(List<String> organizations, List<PlanOption> plans,
        Map<String, List<String>> departmentsByOrganization, List<Integer> fiscalYears) {

    /** The grades an initiative can have, "none" for no grade in its plan's latest graded year. */
    public static final List<String> GRADES = List.of("A", "B", "C", "D", "none");

    public SearchFilters {
        organizations = List.copyOf(organizations);
        plans = List.copyOf(plans);
        departmentsByOrganization = Map.copyOf(departmentsByOrganization);
        fiscalYears = List.copyOf(fiscalYears);
    }

    /** The plans of the organisation; of every organisation when it is null. */
    public List<PlanOption> plans(String organization) {
        return plans.stream().filter(p -> organization == null || p.organization().equals(organization)).toList();
    }

    /** The departments of the organisation, in order; of every organisation when it is null. */
    public List<String> departments(String organization) {
        if (organization != null) {
            return departmentsByOrganization.getOrDefault(organization, List.of());
        }
        return List.copyOf(new TreeSet<>(departmentsByOrganization.values().stream().flatMap(List::stream).toList()));
    }

    public record PlanOption(long id, String organization, String title) {
    }
}
