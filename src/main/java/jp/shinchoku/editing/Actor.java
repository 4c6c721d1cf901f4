package jp.shinchoku.editing;

import java.util.Collection;
import java.util.Set;

/**
 * Who asks for a change, as the rules of editing see them: what kind of authority they hold, in
 * which organisation, and for which departments. The web layer makes one from the logged-in
 * account, the command line acts as {@link #system(String)}.
 */
public record Actor(String name, Authority authority, Long organizationId, Set<Long> departmentIds) {

    public enum Authority {
        /** Every organisation (system administrator, command line). */
        SYSTEM,
        /** The planning division of one organisation. */
        ORGANIZATION,
        /** Approves or returns the departments' work in one organisation. */
        REVIEWER,
        /** Edits the initiatives its departments own. */
        DEPARTMENT,
        /** Reads only. */
        VIEWER
    }

    public Actor {
        departmentIds = Set.copyOf(departmentIds == null ? Set.of() : departmentIds);
        if (authority != Authority.SYSTEM && organizationId == null) {
            throw new IllegalArgumentException(name + ": only a system actor may act without an organisation");
        }
    }

    public static Actor system(String name) {
        return new Actor(name, Authority.SYSTEM, null, Set.of());
    }

    public boolean isSystem() {
        return authority == Authority.SYSTEM;
    }

    /** Whether the actor belongs to the organisation (or stands above all of them). */
    public boolean inOrganization(long organization) {
        return isSystem() || organizationId == organization;
    }

    /** Edit an initiative's content and values: its owner departments' editors and the planning division. */
    public boolean mayEdit(long organization, Collection<Long> ownerDepartments) {
        return switch (authority) {
            case SYSTEM -> true;
            case ORGANIZATION -> inOrganization(organization);
            case DEPARTMENT -> inOrganization(organization) && ownerDepartments.stream().anyMatch(departmentIds::contains);
            case REVIEWER, VIEWER -> false;
        };
    }

    /** Read an initiative not yet published: the organisation's staff; a department only what it owns or is related to. */
    public boolean mayRead(long organization, Collection<Long> ownerDepartments, Collection<Long> relatedDepartments) {
        if (authority == Authority.DEPARTMENT) {
            return mayEdit(organization, ownerDepartments)
                    || inOrganization(organization) && relatedDepartments.stream().anyMatch(departmentIds::contains);
        }
        return inOrganization(organization);
    }

    /** Change a plan's structure, decisions and settings: the planning division. */
    public boolean mayManage(long organization) {
        return authority == Authority.SYSTEM || authority == Authority.ORGANIZATION && inOrganization(organization);
    }

    /** Approve or return a department's work. */
    public boolean mayReview(long organization) {
        return mayManage(organization) || authority == Authority.REVIEWER && inOrganization(organization);
    }
}
