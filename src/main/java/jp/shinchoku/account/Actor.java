package jp.shinchoku.account;

/**
 * Who asks for a change to accounts: a logged-in staff member, or someone at the server's console
 * (the {@code shinchoku user} commands), who already holds the database and so may do anything.
 */
public sealed interface Actor permits StaffUser, Actor.Console {

    /** The name recorded with what this actor did. */
    String name();

    static Actor console() {
        return new Console("console:" + System.getProperty("user.name", "unknown"));
    }

    record Console(String name) implements Actor {
    }
}
