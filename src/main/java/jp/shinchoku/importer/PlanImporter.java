package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads one source layout into a {@link PlanDocument}. Implementations are stateless; each
 * recognises its own layout so that the right one is chosen without the user naming it.
 */
public interface PlanImporter {

    /** A short stable name of the layout, stored with the plan (e.g. {@code chiba-city-manifesto}). */
    String layout();

    /** What the layout is, for messages and {@code --help}. */
    String description();

    /**
     * What the layout is, as the screens say it in the reader's language; the seed layouts are
     * named by their Japanese titles in every language.
     */
    default MessageSourceResolvable describedAs() {
        return new DefaultMessageSourceResolvable(null, null, description());
    }

    /** True when {@code source} is laid out the way this importer reads. */
    boolean recognizes(SourceText source);

    /**
     * Reads the whole document. The organisation is null when the document does not name itself.
     *
     * @throws ImportException naming each line that cannot be read; nothing partial is returned
     */
    PlanDocument read(SourceText source) throws ImportException;
}
