package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;

/**
 * Reads one source layout into a {@link PlanDocument}. Implementations are stateless; each
 * recognises its own layout so that the right one is chosen without the user naming it.
 */
public interface PlanImporter {

    /** A short stable name of the layout, stored with the plan (e.g. {@code chiba-city-manifesto}). */
    String layout();

    /** What the layout is, for messages and {@code --help}. */
    String description();

    /** True when {@code source} is laid out the way this importer reads. */
    boolean recognizes(SourceText source);

    /**
     * Reads the whole document. The organisation is null when the document does not name itself.
     *
     * @throws ImportException naming each line that cannot be read; nothing partial is returned
     */
    PlanDocument read(SourceText source) throws ImportException;
}
