package jp.shinchoku.plan.document;

/** Where a plan came from: the file's name and the layout the importer recognised. */
public record Source(String fileName, String layout) {
}
