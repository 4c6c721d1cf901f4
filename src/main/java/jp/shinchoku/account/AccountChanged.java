package jp.shinchoku.account;

/** An account was created or changed; {@code by} is the actor's name, or {@code system} for a lock. */
public record AccountChanged(String username, Change change, String by) {

    public enum Change { CREATED, DISABLED, ENABLED, LOCKED, UNLOCKED, PASSWORD_CHANGED, EMAIL_CHANGED }
}
