package jp.shinchoku.account;

/**
 * A login was refused. The username is what was typed, which may name no account; the person at
 * the login page is never told which reason applied, only the audit log knows.
 */
public record LoginFailed(String username, String remoteAddress, Reason reason) {

    public enum Reason {
        /** No account has this username. */
        UNKNOWN_USERNAME,
        /** The password is wrong. */
        BAD_PASSWORD,
        /** The account is disabled (the password was not looked at). */
        DISABLED,
        /** Refused without looking at the password: too soon after the last failures. */
        THROTTLED,
        /** Refused without looking at the password: locked after too many failures. */
        LOCKED
    }
}
