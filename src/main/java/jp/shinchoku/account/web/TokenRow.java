package jp.shinchoku.account.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.shinchoku.account.ApiToken;

/**
 * A token as the tokens page lists it, its moments in the server's time zone (as every staff
 * page shows them). It has no secret to show: {@link ApiToken} holds none.
 *
 * @param state      active, expired or revoked: the suffix of its {@code tokens.state.*} message
 * @param createdBy  who made it when that was not its owner (the console, say); otherwise null
 */
record TokenRow(long id, String username, String name, String prefix, String created, String createdBy,
        String expires, String lastUsed, String state) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static TokenRow of(ApiToken t, Instant now) {
        String state = t.revokedAt() != null ? "revoked" : t.isActive(now) ? "active" : "expired";
        return new TokenRow(t.id(), t.username(), t.name(), t.prefix(), format(t.createdAt()),
                t.username().equals(t.createdBy()) ? null : t.createdBy(), format(t.expiresAt()),
                format(t.lastUsedAt()), state);
    }

    public boolean revocable() {
        return state.equals("active");
    }

    /** Empty for a moment that is not there (no expiry, never used); the page says which. */
    static String format(Instant moment) {
        return moment == null ? "" : moment.atZone(ZoneId.systemDefault()).format(FORMAT);
    }
}
