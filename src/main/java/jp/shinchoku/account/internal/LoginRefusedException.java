package jp.shinchoku.account.internal;

import jp.shinchoku.account.LoginFailed.Reason;
import org.springframework.security.core.AuthenticationException;

/** A refused login, with the reason that only the audit log learns and the wait the person is told. */
final class LoginRefusedException extends AuthenticationException {

    private final Reason reason;
    private final long waitSeconds;

    LoginRefusedException(Reason reason, long waitSeconds) {
        super("login refused: " + reason);
        this.reason = reason;
        this.waitSeconds = waitSeconds;
    }

    Reason reason() {
        return reason;
    }

    long waitSeconds() {
        return waitSeconds;
    }
}
