package jp.shinchoku.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.shinchoku.account.internal.AccountStore;
import jp.shinchoku.account.internal.AccountStore.StoredAccount;
import jp.shinchoku.account.internal.ApiTokenStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a program sends one as {@code Authorization: Bearer …} and acts as the account the
 * token belongs to, with exactly that account's rights. A token is 256 random bits, shown once
 * when it is made and kept only as its SHA-256. Staff make tokens for themselves (the console for
 * anyone); the owner, the account's administrators and the console list and revoke them.
 */
@Service
public class ApiTokens {

    /** Every token starts so, which lets secret scanners and people recognise one. */
    static final String SCHEME = "shk_";
    /** How long a token is valid when nobody says: the CLI's default, the screen's too. */
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 3650;
    public static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore tokens;
    private final AccountStore accounts;
    private final ApplicationEventPublisher events;

    ApiTokens(ApiTokenStore tokens, AccountStore accounts, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Makes a token for the account, valid for {@code days} days (90 when null).
     *
     * @throws AccountException when the account is unknown or disabled, or the name or days are out of bounds
     */
    @Transactional
    public IssuedApiToken create(String username, String name, Integer days, Actor by) {
        StoredAccount account = accounts.find(username == null ? "" : username)
                .orElseThrow(() -> new AccountException("account.error.noSuchAccount", username));
        if (by instanceof StaffUser u && u.accountId() != account.id()) {
            throw new AccessDeniedException(by.name() + " may make tokens for itself only");
        }
        if (!account.enabled()) {
            throw new AccountException("token.error.accountDisabled", account.username());
        }
        String label = name == null || name.isBlank() ? "api" : name.strip();
        if (label.length() > MAX_NAME) {
            throw new AccountException("token.error.nameTooLong", MAX_NAME);
        }
        int valid = days == null ? DEFAULT_DAYS : days;
        if (valid < 1 || valid > MAX_DAYS) {
            throw new AccountException("token.error.days", String.valueOf(MAX_DAYS));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = tokens.insert(account.id(), label, hash(secret), secret.substring(0, SCHEME.length() + 6), by.name(),
                Instant.now().plus(Duration.ofDays(valid)));
        ApiToken token = tokens.find(id).orElseThrow();
        events.publishEvent(new ApiTokenChanged(id, account.username(), account.organizationId(), label,
                ApiTokenChanged.Change.CREATED, by.name()));
        return new IssuedApiToken(token, secret);
    }

    /**
     * The tokens the actor may see: of {@code username} when given, otherwise all of them (the
     * console, a system administrator), its organization's (an org admin) or its own (anyone else).
     */
    @Transactional(readOnly = true)
    public List<ApiToken> list(String username, Actor by) {
        if (username != null) {
            StoredAccount account = accounts.find(username)
                    .orElseThrow(() -> new AccountException("account.error.noSuchAccount", username));
            requireSee(by, account);
            return tokens.list(account.id(), null);
        }
        if (!(by instanceof StaffUser u) || u.role() == Role.SYSTEM_ADMIN) {
            return tokens.list(null, null);
        }
        return u.role() == Role.ORG_ADMIN ? tokens.list(null, u.organizationId()) : tokens.list(u.accountId(), null);
    }

    /** Revokes the token; requests bearing it are refused from now on. Revoking twice changes nothing. */
    @Transactional
    public ApiToken revoke(long id, Actor by) {
        ApiToken token = tokens.find(id).orElseThrow(() -> new AccountException("token.error.noSuchToken", id));
        requireSee(by, accounts.find(token.username()).orElseThrow());
        if (tokens.revoke(id, by.name())) {
            events.publishEvent(new ApiTokenChanged(id, token.username(), token.organizationId(), token.name(),
                    ApiTokenChanged.Change.REVOKED, by.name()));
        }
        return tokens.find(id).orElseThrow();
    }

    /**
     * The account a request bearing {@code secret} acts as: empty for an unknown, revoked or
     * expired token, and for a disabled account.
     */
    @Transactional
    public Optional<StaffUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SCHEME) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.findUsable(hash(secret)).flatMap(token -> accounts.find(token.username())
                .filter(StoredAccount::enabled).map(account -> {
                    tokens.touch(token.id());
                    return account.user();
                }));
    }

    private static void requireSee(Actor by, StoredAccount account) {
        boolean own = by instanceof StaffUser u && u.accountId() == account.id();
        if (!own && !AccountService.manages(by, account.organizationId(), account.role())) {
            throw new AccessDeniedException(by.name() + " may not see the tokens of " + account.username());
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
