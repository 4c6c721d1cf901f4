package jp.shinchoku.account.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How logins are throttled ({@code shinchoku.security.login.*}).
 *
 * @param slowAfter    failures after which each attempt must wait before the next is looked at
 * @param firstDelay   the wait after {@code slowAfter} failures; it doubles with every further failure
 * @param maxDelay     the longest wait
 * @param lockAfter    failures after which logins are refused until the lock ends
 * @param lockDuration how long a lock lasts; zero keeps it until an administrator unlocks the account
 */
@ConfigurationProperties("shinchoku.security.login")
public record LoginSettings(@DefaultValue("3") int slowAfter, @DefaultValue("2s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay, @DefaultValue("10") int lockAfter,
        @DefaultValue("30m") Duration lockDuration) {

    public LoginSettings {
        if (slowAfter < 1 || lockAfter < 1 || firstDelay.isNegative() || maxDelay.isNegative() || lockDuration.isNegative()) {
            throw new IllegalArgumentException("shinchoku.security.login: counts must be at least 1 and durations not negative");
        }
    }

    public boolean locksUntilUnlocked() {
        return lockDuration.isZero();
    }
}
