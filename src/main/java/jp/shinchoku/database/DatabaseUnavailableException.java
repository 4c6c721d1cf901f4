package jp.shinchoku.database;

/** The database cannot be opened, for a reason the user can act on; the message says what to do. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
