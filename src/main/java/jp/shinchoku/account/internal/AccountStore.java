package jp.shinchoku.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts, the departments they serve and the login throttle, in PostgreSQL. Organizations and
 * departments are the plan module's registry; accounts only refer to them.
 */
@Repository
public class AccountStore {

    /** An account as stored, with its password hash; never leaves the account module. */
    public record StoredAccount(long id, String username, String passwordHash, Role role, Long organizationId,
            String organizationName, boolean enabled, boolean mustChangePassword, Instant createdAt,
            List<StaffUser.Department> departments, String email) {

        public StaffUser user() {
            return new StaffUser(id, username, role, organizationId, organizationName, departments, mustChangePassword);
        }
    }

    private static final String SELECT = """
            SELECT a.id, a.username, a.password_hash, a.role, a.organization_id, o.name AS organization_name,
                   a.enabled, a.must_change_password, a.created_at, a.email
            FROM account a LEFT JOIN organization o ON o.id = a.organization_id
            """;

    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Usernames are compared without case. */
    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM account)").query(Boolean.class).single();
    }

    public Optional<StoredAccount> find(String username) {
        return jdbc.sql(SELECT + " WHERE lower(a.username) = ?").param(key(username))
                .query(this::row).optional().map(this::withDepartments);
    }

    /** Every account, or those of one organization; system administrators first, then by name. */
    public List<StoredAccount> list(Long organizationId) {
        List<StoredAccount> rows = organizationId == null
                ? jdbc.sql(SELECT + " ORDER BY o.name NULLS FIRST, a.username").query(this::row).list()
                : jdbc.sql(SELECT + " WHERE a.organization_id = ? ORDER BY a.username").param(organizationId)
                        .query(this::row).list();
        return rows.stream().map(this::withDepartments).toList();
    }

    /** Inserts the account unless its username is taken; returns its id, or empty when it is taken. */
    public Optional<Long> insert(String username, String passwordHash, Role role, Long organizationId,
            boolean mustChangePassword, List<Long> departmentIds, String email) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO account (username, password_hash, role, organization_id, must_change_password, email)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ((lower(username))) DO NOTHING RETURNING id""")
                .params(username, passwordHash, role.name(), organizationId, mustChangePassword, email)
                .query(Long.class).optional();
        id.ifPresent(account -> departmentIds.forEach(d ->
                jdbc.sql("INSERT INTO account_department (account_id, department_id) VALUES (?, ?)").params(account, d).update()));
        return id;
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ?, updated_at = now() WHERE id = ?").params(enabled, id).update();
    }

    public void setEmail(long id, String email) {
        jdbc.sql("UPDATE account SET email = ?, updated_at = now() WHERE id = ?").params(email, id).update();
    }

    /**
     * The addresses of the enabled accounts that act for a department (its editors) or, with no
     * department, for the organization as a whole (its administrators and reviewers).
     */
    public List<String> mailAddresses(long organizationId, Long departmentId) {
        if (departmentId == null) {
            return jdbc.sql("""
                    SELECT email FROM account WHERE organization_id = ? AND enabled AND email IS NOT NULL
                      AND role IN ('ORG_ADMIN', 'REVIEWER') ORDER BY username""")
                    .param(organizationId).query(String.class).list();
        }
        return jdbc.sql("""
                SELECT a.email FROM account a JOIN account_department ad ON ad.account_id = a.id
                WHERE a.organization_id = ? AND ad.department_id = ? AND a.enabled AND a.email IS NOT NULL
                  AND a.role = 'DEPARTMENT_EDITOR' ORDER BY a.username""")
                .params(organizationId, departmentId).query(String.class).list();
    }

    public void setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE account SET password_hash = ?, must_change_password = ?, updated_at = now() WHERE id = ?")
                .params(passwordHash, mustChange, id).update();
    }

    public Optional<Long> organizationId(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = ?").param(name.strip()).query(Long.class).optional();
    }

    public List<String> organizationNames() {
        return jdbc.sql("SELECT name FROM organization ORDER BY name").query(String.class).list();
    }

    /** The organization's departments, name to id, by name. */
    public Map<String, Long> departments(long organizationId) {
        Map<String, Long> departments = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM department WHERE organization_id = ? ORDER BY name").param(organizationId)
                .query(rs -> {
                    departments.put(rs.getString("name"), rs.getLong("id"));
                });
        return departments;
    }

    // --- the login throttle, keyed by the typed username whether or not it names an account ---

    /**
     * Takes the username's lock for this transaction, or says that another attempt holds it: two
     * attempts for one username never run side by side, so neither misses the other's failure.
     */
    public boolean tryLockLogin(String usernameKey) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('login:' || ?))").param(usernameKey)
                .query(Boolean.class).single();
    }

    public LoginThrottle.State throttle(String usernameKey) {
        return jdbc.sql("SELECT failed_attempts, last_failure_at, locked_at FROM login_throttle WHERE username_key = ?")
                .param(usernameKey)
                .query((rs, n) -> new LoginThrottle.State(rs.getInt("failed_attempts"), instant(rs, "last_failure_at"),
                        instant(rs, "locked_at")))
                .optional().orElse(LoginThrottle.State.NONE);
    }

    /** The lock time of each locked username key among the given ones. */
    public Map<String, Instant> locks(List<String> usernameKeys) {
        Map<String, Instant> locks = new LinkedHashMap<>();
        if (usernameKeys.isEmpty()) {
            return locks;
        }
        jdbc.sql("SELECT username_key, locked_at FROM login_throttle WHERE locked_at IS NOT NULL AND username_key = ANY (?)")
                .param(usernameKeys.toArray(String[]::new))
                .query(rs -> {
                    locks.put(rs.getString("username_key"), instant(rs, "locked_at"));
                });
        return locks;
    }

    public void saveThrottle(String usernameKey, LoginThrottle.State state) {
        jdbc.sql("""
                INSERT INTO login_throttle (username_key, failed_attempts, last_failure_at, locked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (username_key) DO UPDATE SET failed_attempts = excluded.failed_attempts,
                    last_failure_at = excluded.last_failure_at, locked_at = excluded.locked_at""")
                .params(usernameKey, state.failedAttempts(), Timestamp.from(state.lastFailureAt()),
                        state.lockedAt() == null ? null : Timestamp.from(state.lockedAt()))
                .update();
    }

    public void clearThrottle(String usernameKey) {
        jdbc.sql("DELETE FROM login_throttle WHERE username_key = ?").param(usernameKey).update();
    }

    /** Ends every session of the user, on every instance, since they all keep sessions here. */
    public int endSessions(String username) {
        return jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(username).update();
    }

    private StoredAccount row(ResultSet rs, int n) throws SQLException {
        Long org = rs.getObject("organization_id", Long.class);
        return new StoredAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), org, rs.getString("organization_name"),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), instant(rs, "created_at"), List.of(),
                rs.getString("email"));
    }

    private StoredAccount withDepartments(StoredAccount a) {
        List<StaffUser.Department> departments = new ArrayList<>(jdbc.sql("""
                SELECT d.id, d.name FROM account_department ad JOIN department d ON d.id = ad.department_id
                WHERE ad.account_id = ? ORDER BY d.name""").param(a.id())
                .query((rs, n) -> new StaffUser.Department(rs.getLong("id"), rs.getString("name"))).list());
        return new StoredAccount(a.id(), a.username(), a.passwordHash(), a.role(), a.organizationId(),
                a.organizationName(), a.enabled(), a.mustChangePassword(), a.createdAt(), departments, a.email());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
