package jp.shinchoku.account;

import java.time.Instant;
import java.util.List;

/**
 * An account as lists show it. {@code locked} means logins are refused after too many failures;
 * {@code email} is null when the account has no mail address.
 */
public record AccountSummary(long id, String username, Role role, Long organizationId, String organizationName,
        List<StaffUser.Department> departments, boolean enabled, boolean locked, boolean mustChangePassword,
        Instant createdAt, String email) {

    public AccountSummary {
        departments = List.copyOf(departments);
    }
}
