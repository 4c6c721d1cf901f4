package jp.shinchoku.account;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The logged-in staff member: the principal of every authenticated request
 * ({@code @AuthenticationPrincipal StaffUser user} in a controller). It is a snapshot taken at
 * login and kept in the shared session, so it is serializable and holds no password.
 *
 * @param organizationId   null only for a system administrator
 * @param departments      the departments a department editor serves; empty for other roles
 * @param mustChangePassword true until the one-time password given at creation is replaced
 */
public record StaffUser(long accountId, String username, Role role, Long organizationId, String organizationName,
        List<Department> departments, boolean mustChangePassword) implements Actor, Principal, Serializable {

    /** A department of the user's organization. */
    public record Department(long id, String name) implements Serializable {
    }

    public StaffUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        departments = List.copyOf(departments);
    }

    public Set<Long> departmentIds() {
        return departments.stream().map(Department::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(Role r) {
        return role == r;
    }

    /** Whether this user may act for the organization: its own, or any for a system administrator. */
    public boolean belongsTo(Long organization) {
        return role == Role.SYSTEM_ADMIN || Objects.equals(organizationId, organization);
    }

    StaffUser withPasswordChanged() {
        return new StaffUser(accountId, username, role, organizationId, organizationName, departments, false);
    }

    @Override
    public String name() {
        return username;
    }

    /** The name Spring Session indexes sessions by, so that a disabled account's sessions can be ended. */
    @Override
    public String getName() {
        return username;
    }
}
