package jp.shinchoku.account.web;

import jp.shinchoku.account.AccountException;
import jp.shinchoku.account.ApiTokens;

/**
 * The make-a-token form: what the token is for and for how many days. There is no account to
 * choose: a token is made for the one logged in ({@link ApiTokens#create} refuses any other).
 * {@code days} stays text so that a typo comes back as the rule's message rather than a 400.
 */
record TokenForm(String name, String days) {

    static TokenForm empty() {
        return new TokenForm("", String.valueOf(ApiTokens.DEFAULT_DAYS));
    }

    /** The days asked for; null (the default) when left blank. */
    Integer validDays() {
        if (days == null || days.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            throw new AccountException("token.error.days", String.valueOf(ApiTokens.MAX_DAYS));
        }
    }
}
