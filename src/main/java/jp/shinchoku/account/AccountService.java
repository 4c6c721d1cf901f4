package jp.shinchoku.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.shinchoku.account.internal.AccountStore;
import jp.shinchoku.account.internal.AccountStore.StoredAccount;
import jp.shinchoku.account.internal.LoginSettings;
import jp.shinchoku.account.internal.LoginThrottle;
import jp.shinchoku.account.internal.NameSuggestions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything done to accounts, by the screens and by the {@code shinchoku user} commands alike.
 * Each method checks that the actor may do it: a system administrator (or the console) manages
 * every account, an organization administrator those of its own organization, nobody else any.
 */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
    /** Deliberately loose (the mail server has the last word); catches typos such as a missing @ or domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final Clock clock;

    AccountService(AccountStore store, PasswordEncoder passwords, ApplicationEventPublisher events, LoginSettings login,
            Optional<Clock> clock) {
        this.store = store;
        this.passwords = passwords;
        this.events = events;
        this.throttle = new LoginThrottle(login);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public AccountSummary create(NewAccount account, Actor by) {
        String username = account.username() == null ? "" : account.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("account.error.usernameInvalid");
        }
        Role role = account.role();
        if (role == null) {
            throw new AccountException("account.error.roleRequired");
        }
        if (!role.belongsToOrganization()) {
            requireManage(by, null, role); // only a system administrator makes another: refused before any detail
        }
        Long organizationId = organizationOf(role, account.organization());
        requireManage(by, organizationId, role);
        List<Long> departmentIds = departmentsOf(role, organizationId, account.organization(), account.departments());
        String email = email(account.email());
        PasswordPolicy.check(username, account.password());
        store.insert(username, passwords.encode(account.password()), role, organizationId, account.mustChangePassword(),
                departmentIds, email).orElseThrow(() -> new AccountException("account.error.usernameTaken", username));
        events.publishEvent(new AccountChanged(username, AccountChanged.Change.CREATED, by.name()));
        return summary(store.find(username).orElseThrow());
    }

    /** Sets the address the account's notices are mailed to; null or blank removes it. */
    @Transactional
    public AccountSummary setEmail(String username, String email, Actor by) {
        StoredAccount account = managed(username, by);
        store.setEmail(account.id(), email(email));
        events.publishEvent(new AccountChanged(account.username(), AccountChanged.Change.EMAIL_CHANGED, by.name()));
        return summary(store.find(account.username()).orElseThrow());
    }

    /**
     * Where a notice for a department (its enabled editors) or, with no department, for the
     * organization (its enabled administrators and reviewers) is mailed; accounts without an
     * address are left out.
     */
    @Transactional(readOnly = true)
    public List<String> mailAddresses(long organizationId, Long departmentId) {
        return store.mailAddresses(organizationId, departmentId);
    }

    /** Refuses logins to the account and ends its sessions on every instance. */
    @Transactional
    public void disable(String username, Actor by) {
        StoredAccount account = managed(username, by);
        if (by instanceof StaffUser user && user.accountId() == account.id()) {
            throw new AccountException("account.error.cannotDisableSelf");
        }
        store.setEnabled(account.id(), false);
        store.endSessions(account.username());
        events.publishEvent(new AccountChanged(account.username(), AccountChanged.Change.DISABLED, by.name()));
    }

    @Transactional
    public void enable(String username, Actor by) {
        StoredAccount account = managed(username, by);
        store.setEnabled(account.id(), true);
        events.publishEvent(new AccountChanged(account.username(), AccountChanged.Change.ENABLED, by.name()));
    }

    /** Forgets the failed logins that locked or slowed down the account. */
    @Transactional
    public void unlock(String username, Actor by) {
        StoredAccount account = managed(username, by);
        store.clearThrottle(AccountStore.key(account.username()));
        events.publishEvent(new AccountChanged(account.username(), AccountChanged.Change.UNLOCKED, by.name()));
    }

    /**
     * Replaces the user's own password after checking the current one; returns the user as it now
     * is, no longer required to change its password.
     */
    @Transactional
    public StaffUser changePassword(StaffUser user, String currentPassword, String newPassword) {
        StoredAccount account = store.find(user.username()).filter(a -> a.id() == user.accountId())
                .orElseThrow(() -> new AccountException("account.error.noSuchAccount", user.username()));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new AccountException("password.error.wrongCurrent");
        }
        if (currentPassword.equals(newPassword)) {
            throw new AccountException("password.error.sameAsCurrent");
        }
        PasswordPolicy.check(account.username(), newPassword);
        store.setPassword(account.id(), passwords.encode(newPassword), false);
        events.publishEvent(new AccountChanged(account.username(), AccountChanged.Change.PASSWORD_CHANGED, user.username()));
        return user.withPasswordChanged();
    }

    /** The accounts the actor manages: all for a system administrator, its organization's for an org admin. */
    @Transactional(readOnly = true)
    public List<AccountSummary> list(Actor by) {
        Long organization = null;
        if (by instanceof StaffUser u && u.role() != Role.SYSTEM_ADMIN) {
            if (u.role() != Role.ORG_ADMIN) {
                throw new AccessDeniedException(u.username() + " does not manage accounts");
            }
            organization = u.organizationId();
        }
        List<StoredAccount> accounts = store.list(organization);
        Map<String, Instant> locks = store.locks(accounts.stream().map(a -> AccountStore.key(a.username())).toList());
        Instant now = clock.instant();
        return accounts.stream().map(a -> summary(a, locks.get(AccountStore.key(a.username())), now)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(String username) {
        return store.find(username).map(this::summary);
    }

    /** The organizations an account can belong to, by name. */
    @Transactional(readOnly = true)
    public List<String> organizations() {
        return store.organizationNames();
    }

    /** The departments of the named organization, by name; empty for an unknown one. */
    @Transactional(readOnly = true)
    public List<String> departments(String organization) {
        return store.organizationId(organization).map(id -> List.copyOf(store.departments(id).keySet())).orElse(List.of());
    }

    /** Whether the actor may manage accounts at all: for showing or hiding the way to them. */
    public static boolean managesAccounts(StaffUser user) {
        return user.role() == Role.SYSTEM_ADMIN || user.role() == Role.ORG_ADMIN;
    }

    private static String email(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String email = text.strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new AccountException("account.error.emailInvalid", email);
        }
        return email;
    }

    private Long organizationOf(Role role, String organization) {
        boolean given = organization != null && !organization.isBlank();
        if (!role.belongsToOrganization()) {
            if (given) {
                throw new AccountException("account.error.organizationNotAllowed");
            }
            return null;
        }
        if (!given) {
            throw new AccountException("account.error.organizationRequired");
        }
        return store.organizationId(organization).orElseThrow(() -> new AccountException("account.error.unknownOrganization",
                organization.strip(), NameSuggestions.closest(organization, store.organizationNames())));
    }

    private List<Long> departmentsOf(Role role, Long organizationId, String organization, List<String> names) {
        if (!role.servesDepartments()) {
            if (!names.isEmpty()) {
                throw new AccountException("account.error.departmentsNotAllowed");
            }
            return List.of();
        }
        if (names.isEmpty()) {
            throw new AccountException("account.error.departmentsRequired");
        }
        Map<String, Long> known = store.departments(organizationId);
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            Long id = known.get(name.strip());
            if (id == null) {
                throw new AccountException("account.error.unknownDepartment", name.strip(), organization.strip(),
                        NameSuggestions.closest(name, List.copyOf(known.keySet())));
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private StoredAccount managed(String username, Actor by) {
        StoredAccount account = store.find(username == null ? "" : username)
                .orElseThrow(() -> new AccountException("account.error.noSuchAccount", username));
        requireManage(by, account.organizationId(), account.role());
        return account;
    }

    /** Console and system administrators manage everyone; an org admin its organization's non-system accounts. */
    private static void requireManage(Actor by, Long organizationId, Role role) {
        if (!manages(by, organizationId, role)) {
            throw new AccessDeniedException(by.name() + " may not manage this account");
        }
    }

    static boolean manages(Actor by, Long organizationId, Role role) {
        return !(by instanceof StaffUser u) || u.role() == Role.SYSTEM_ADMIN
                || (u.role() == Role.ORG_ADMIN && role != Role.SYSTEM_ADMIN && organizationId != null
                        && organizationId.equals(u.organizationId()));
    }

    private AccountSummary summary(StoredAccount a) {
        Instant now = clock.instant();
        Map<String, Instant> locks = store.locks(List.of(AccountStore.key(a.username())));
        return summary(a, locks.get(AccountStore.key(a.username())), now);
    }

    private AccountSummary summary(StoredAccount a, Instant lockedAt, Instant now) {
        boolean locked = throttle.isLocked(lockedAt, now);
        return new AccountSummary(a.id(), a.username(), a.role(), a.organizationId(), a.organizationName(),
                a.departments(), a.enabled(), locked, a.mustChangePassword(), a.createdAt(), a.email());
    }
}
