package jp.shinchoku.importer;

import org.springframework.context.MessageSourceResolvable;

/**
 * One thing wrong with an input file, printed as {@code FILE:LINE: message}, or as
 * {@code FILE:ROW:COLUMN: message} for a table, whose cells have a column (A, B … or 1, 2 …).
 * {@code message} is the English the command line prints; {@code localized}, where the reader
 * gives one, is the same problem as a message code with arguments, for the screens to say in the
 * reader's language (null: the screens show {@code message}).
 */
public record ImportProblem(String file, int line, String column, String message, MessageSourceResolvable localized) {

    public ImportProblem(String file, int line, String column, String message) {
        this(file, line, column, message, null);
    }

    public ImportProblem(String file, int line, String message) {
        this(file, line, null, message, null);
    }

    /** FILE:LINE or FILE:ROW:COLUMN. */
    public String location() {
        return file + ":" + line + (column == null ? "" : ":" + column);
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
