package jp.shinchoku.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.shinchoku.account.AccountChanged;
import jp.shinchoku.account.LoginFailed.Reason;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.account.internal.AccountStore.StoredAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides one login: the throttle first (without looking at the password when it refuses), then
 * the password, then whether the account may log in. Unknown usernames cost a hash and count
 * failures exactly like known ones, so neither the answer, its timing nor the throttle tells
 * which names exist.
 */
@Component
public class LoginAttempts {

    /** How an attempt ended: a user, or a refusal with its reason and, when throttled, the wait. */
    public sealed interface Outcome {
        record Success(StaffUser user) implements Outcome {
        }

        record Refused(Reason reason, long waitSeconds) implements Outcome {
        }
    }

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile String decoyHash;

    LoginAttempts(AccountStore store, PasswordEncoder passwords, LoginSettings settings, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.store = store;
        this.passwords = passwords;
        this.throttle = new LoginThrottle(settings);
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Outcome attempt(String username, String password) {
        String key = AccountStore.key(username);
        if (!store.tryLockLogin(key)) {
            // another attempt for this name is being decided right now: a person does not type that fast
            return new Outcome.Refused(Reason.THROTTLED, 1);
        }
        Instant now = clock.instant();
        LoginThrottle.State state = store.throttle(key);
        LoginThrottle.Verdict verdict = throttle.verdict(state, now);
        if (verdict instanceof LoginThrottle.Verdict.Wait wait) {
            return new Outcome.Refused(Reason.THROTTLED, wait.seconds());
        }
        if (verdict instanceof LoginThrottle.Verdict.Locked) {
            return new Outcome.Refused(Reason.LOCKED, 0);
        }
        Optional<StoredAccount> account = store.find(username);
        if (account.isEmpty()) {
            passwords.matches(password, decoyHash());
        }
        if (account.isEmpty() || !passwords.matches(password, account.get().passwordHash())) {
            LoginThrottle.State after = throttle.afterFailure(state, now);
            store.saveThrottle(key, after);
            if (after.lockedAt() != null && account.isPresent()) {
                events.publishEvent(new AccountChanged(account.get().username(), AccountChanged.Change.LOCKED, "system"));
            }
            return new Outcome.Refused(account.isPresent() ? Reason.BAD_PASSWORD : Reason.UNKNOWN_USERNAME, 0);
        }
        if (!account.get().enabled()) {
            return new Outcome.Refused(Reason.DISABLED, 0);
        }
        if (state.failedAttempts() > 0) {
            store.clearThrottle(key);
        }
        return new Outcome.Success(account.get().user());
    }

    /** A hash to check unknown usernames against, so that they take as long as known ones. */
    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.encode("decoy-" + System.nanoTime());
        }
        return decoyHash;
    }
}
