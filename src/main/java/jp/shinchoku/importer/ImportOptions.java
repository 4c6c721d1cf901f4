package jp.shinchoku.importer;

/** What the user says about a document that the document may not say itself. Null: not given. */
public record ImportOptions(String organization, String title) {

    public static final ImportOptions NONE = new ImportOptions(null, null);
}
