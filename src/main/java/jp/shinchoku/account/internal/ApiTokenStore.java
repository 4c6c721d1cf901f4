package jp.shinchoku.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.shinchoku.account.ApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens in PostgreSQL, found by the hash of the token; the token itself is never stored. */
@Repository
public class ApiTokenStore {

    private static final String SELECT = """
            SELECT t.id, a.username, a.organization_id, t.name, t.prefix, t.created_at, t.created_by, t.expires_at,
                   t.revoked_at, t.last_used_at
            FROM api_token t JOIN account a ON a.id = t.account_id
            """;

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long accountId, String name, String hash, String prefix, String createdBy, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO api_token (account_id, name, token_hash, prefix, created_by, expires_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(accountId, name, hash, prefix, createdBy, expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query(ApiTokenStore::row).optional();
    }

    /** The token with this hash, if it is neither revoked nor expired, and the name of its account. */
    public Optional<ApiToken> findUsable(String hash) {
        return jdbc.sql(SELECT + " WHERE t.token_hash = ? AND t.revoked_at IS NULL"
                + " AND (t.expires_at IS NULL OR t.expires_at > now())").param(hash)
                .query(ApiTokenStore::row).optional();
    }

    /** Every token, of one account, or of one organization's accounts; newest first. */
    public List<ApiToken> list(Long accountId, Long organizationId) {
        return jdbc.sql(SELECT + """
                 WHERE (CAST(? AS bigint) IS NULL OR t.account_id = ?)
                   AND (CAST(? AS bigint) IS NULL OR a.organization_id = ?)
                ORDER BY t.id DESC""")
                .params(accountId, accountId, organizationId, organizationId).query(ApiTokenStore::row).list();
    }

    /** Revokes the token unless it already is; returns whether this call revoked it. */
    public boolean revoke(long id, String by) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now(), revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(by, id).update() == 1;
    }

    /** Notes the use; at most once a minute, so that a busy program does not write on every request. */
    public void touch(long id) {
        jdbc.sql("""
                UPDATE api_token SET last_used_at = now()
                WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""")
                .param(id).update();
    }

    private static ApiToken row(ResultSet rs, int n) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getObject("organization_id", Long.class),
                rs.getString("name"), rs.getString("prefix"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
