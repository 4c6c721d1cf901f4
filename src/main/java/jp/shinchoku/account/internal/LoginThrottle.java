package jp.shinchoku.account.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules that slow down and then stop guessing, for one typed username. Pure: the state comes
 * from and goes back to {@code login_throttle}; the clock is a parameter.
 */
public final class LoginThrottle {

    /** The failures recorded for a username; {@link #NONE} when there are none. */
    public record State(int failedAttempts, Instant lastFailureAt, Instant lockedAt) {
        public static final State NONE = new State(0, null, null);
    }

    /** What to do with an attempt that arrives now. */
    public sealed interface Verdict {
        /** Look at the password. */
        record Check() implements Verdict {
        }

        /** Refuse without looking: try again in {@code seconds}. */
        record Wait(long seconds) implements Verdict {
        }

        /** Refuse without looking: locked; {@code until} is null when only an administrator can unlock. */
        record Locked(Instant until) implements Verdict {
        }
    }

    private final LoginSettings settings;

    public LoginThrottle(LoginSettings settings) {
        this.settings = settings;
    }

    public Verdict verdict(State recorded, Instant now) {
        State state = current(recorded, now);
        if (state.lockedAt() != null) {
            return new Verdict.Locked(settings.locksUntilUnlocked() ? null : state.lockedAt().plus(settings.lockDuration()));
        }
        if (state.failedAttempts() >= settings.slowAfter()) {
            Instant until = state.lastFailureAt().plus(delayAfter(state.failedAttempts()));
            if (now.isBefore(until)) {
                return new Verdict.Wait(ceilSeconds(Duration.between(now, until)));
            }
        }
        return new Verdict.Check();
    }

    /** Whether a lock made at {@code lockedAt} still holds at {@code now}. */
    public boolean isLocked(Instant lockedAt, Instant now) {
        return lockedAt != null && current(new State(0, lockedAt, lockedAt), now).lockedAt() != null;
    }

    /** The state after a wrong password at {@code now}; locked once the count reaches {@code lockAfter}. */
    public State afterFailure(State recorded, Instant now) {
        State state = current(recorded, now);
        int failures = state.failedAttempts() + 1;
        return new State(failures, now, failures >= settings.lockAfter() ? now : null);
    }

    /** The wait after the given number of failures: firstDelay, doubled for every failure past slowAfter. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - settings.slowAfter(), 30);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    /** A lock whose time has passed is forgotten together with the failures that caused it. */
    private State current(State state, Instant now) {
        if (state.lockedAt() != null && !settings.locksUntilUnlocked()
                && !now.isBefore(state.lockedAt().plus(settings.lockDuration()))) {
            return State.NONE;
        }
        return state;
    }

    private static long ceilSeconds(Duration d) {
        return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    }
}
