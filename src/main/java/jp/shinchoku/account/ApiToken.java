package jp.shinchoku.account;

import java.time.Instant;

/**
 * An API token as lists show it: never the token itself, only its first characters
 * ({@code prefix}). {@code expiresAt} is null for a token that does not expire.
 */
public record ApiToken(long id, String username, Long organizationId, String name, String prefix, Instant createdAt,
        String createdBy, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    /** Whether a request bearing the token would be let in at {@code now} (its account aside). */
    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
