package jp.shinchoku.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.shinchoku.account.internal.LoginThrottle.State;
import jp.shinchoku.account.internal.LoginThrottle.Verdict;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    // slow down after 3 failures starting at 2 s, at most 60 s; lock at the 10th for 30 minutes
    private final LoginSettings settings = new LoginSettings(3, Duration.ofSeconds(2), Duration.ofSeconds(60), 10,
            Duration.ofMinutes(30));
    private final LoginThrottle throttle = new LoginThrottle(settings);
    private final Instant t0 = Instant.parse("2026-11-25T09:00:00Z");

    private State failures(int n, Instant at) {
        State s = State.NONE;
        for (int i = 0; i < n; i++) {
            s = throttle.afterFailure(s, at);
        }
        return s;
    }

    @Test
    void theFirstTwoFailuresLeaveTheNextAttemptFree() {
        assertThat(throttle.verdict(State.NONE, t0)).isEqualTo(new Verdict.Check());
        assertThat(throttle.verdict(failures(2, t0), t0)).isEqualTo(new Verdict.Check());
    }

    @Test
    void afterThreeFailuresTheNextAttemptWaitsTwoSeconds() {
        State three = failures(3, t0);
        assertThat(throttle.verdict(three, t0)).isEqualTo(new Verdict.Wait(2));
        assertThat(throttle.verdict(three, t0.plusMillis(1500))).isEqualTo(new Verdict.Wait(1));
        assertThat(throttle.verdict(three, t0.plusSeconds(2))).isEqualTo(new Verdict.Check());
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        assertThat(throttle.verdict(failures(3, t0), t0.plusMillis(1))).isEqualTo(new Verdict.Wait(2));
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToTheLongest() {
        // 4 failures: 2 s × 2 = 4 s; 5: 8 s; 7: 32 s; 8: 64 s, cut to 60 s; 9: still 60 s
        assertThat(throttle.verdict(failures(4, t0), t0)).isEqualTo(new Verdict.Wait(4));
        assertThat(throttle.verdict(failures(5, t0), t0)).isEqualTo(new Verdict.Wait(8));
        assertThat(throttle.verdict(failures(7, t0), t0)).isEqualTo(new Verdict.Wait(32));
        assertThat(throttle.verdict(failures(8, t0), t0)).isEqualTo(new Verdict.Wait(60));
        assertThat(throttle.verdict(failures(9, t0), t0)).isEqualTo(new Verdict.Wait(60));
    }

    @Test
    void theTenthFailureLocksForThirtyMinutesAndThenEverythingIsForgotten() {
        State ten = failures(10, t0);
        assertThat(ten.lockedAt()).isEqualTo(t0);
        assertThat(throttle.verdict(ten, t0.plus(Duration.ofMinutes(29)))).isEqualTo(new Verdict.Locked(t0.plus(Duration.ofMinutes(30))));
        assertThat(throttle.verdict(ten, t0.plus(Duration.ofMinutes(30)))).isEqualTo(new Verdict.Check());
        State next = throttle.afterFailure(ten, t0.plus(Duration.ofMinutes(31)));
        assertThat(next).isEqualTo(new State(1, t0.plus(Duration.ofMinutes(31)), null));
    }

    @Test
    void aLockOfZeroDurationLastsUntilAnAdministratorUnlocks() {
        LoginThrottle forever = new LoginThrottle(new LoginSettings(3, Duration.ofSeconds(2), Duration.ofSeconds(60), 10,
                Duration.ZERO));
        State ten = State.NONE;
        for (int i = 0; i < 10; i++) {
            ten = forever.afterFailure(ten, t0);
        }
        assertThat(forever.verdict(ten, t0.plus(Duration.ofDays(365)))).isEqualTo(new Verdict.Locked(null));
    }

    @Test
    void aFailureCountsFromTheStateRecordedBeforeIt() {
        assertThat(throttle.afterFailure(new State(4, t0, null), t0.plusSeconds(5))).isEqualTo(new State(5, t0.plusSeconds(5), null));
    }

    @Test
    void aLockHoldsUntilItsPeriodEnds() {
        assertThat(throttle.isLocked(null, t0)).isFalse();
        assertThat(throttle.isLocked(t0, t0.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(throttle.isLocked(t0, t0.plus(Duration.ofMinutes(30)))).isFalse();
    }
}
