package jp.shinchoku.importer;

/**
 * One thing wrong with an input file, printed as {@code FILE:LINE: message}, or as
 * {@code FILE:ROW:COLUMN: message} for a table, whose cells have a column (A, B … or 1, 2 …).
 */
public record ImportProblem(String file, int line, String column, String message) {

    public ImportProblem(String file, int line, String message) {
        this(file, line, null, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : ":" + column) + ": " + message;
    }
}
