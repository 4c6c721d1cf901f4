package jp.shinchoku.account;

/** An API token was made or revoked; {@code by} is the actor's name. For the audit log. */
public record ApiTokenChanged(long tokenId, String username, Long organizationId, String name, Change change,
        String by) {

    public enum Change { CREATED, REVOKED }
}
