package jp.shinchoku.account;

import java.util.Locale;

/**
 * What a password must be: at least 12 characters (length is what resists guessing; NIST SP
 * 800-63B asks for no composition rules), at most 128 so that hashing stays cheap, and not the
 * username itself or containing it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Throws {@link AccountException} with the first rule the password breaks. */
    public static void check(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new AccountException("password.error.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new AccountException("password.error.tooLong", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new AccountException("password.error.blank");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new AccountException("password.error.containsUsername");
        }
    }
}
