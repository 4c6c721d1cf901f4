package jp.shinchoku.importer;

/** One thing wrong with an input file, printed as {@code FILE:LINE: message}. */
public record ImportProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
