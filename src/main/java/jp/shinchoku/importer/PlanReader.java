package jp.shinchoku.importer;

import java.nio.file.Path;
import java.util.List;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Source;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads any document Shinchoku knows into a plan document: picks the importer whose layout the
 * document has, then applies what the user said (--org, --title). Touches no database.
 */
public final class PlanReader {

    public static final String MISSING_ORGANIZATION =
            "the document does not name its organisation: give it with --org (for example --org 千葉県)";

    private final List<PlanImporter> importers;

    public PlanReader(List<PlanImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** A reader that knows every layout Shinchoku ships with. */
    public static PlanReader withAllLayouts() {
        return new PlanReader(List.of(
                new PlanDocumentImporter(),
                new ChibaCityManifestoImporter(),
                new ChibaCityReformImporter(),
                new ChibaPrefectureReformSheetImporter(),
                new KisarazuDxPolicySheetImporter(),
                new KisarazuReformProgressImporter()));
    }

    public List<PlanImporter> importers() {
        return importers;
    }

    public PlanDocument read(Path file, ImportOptions options) throws ImportException {
        return read(SourceText.read(file), options);
    }

    /** Reads a document to store: one that does not name its organisation needs --org. */
    public PlanDocument read(SourceText source, ImportOptions options) throws ImportException {
        PlanDocument document = preview(source, options);
        if (document.organization() == null || document.organization().isBlank()) {
            throw new ImportException(missingOrganization(source.fileName()));
        }
        return document;
    }

    /**
     * The document names no organisation: the command line's words name --org, the screens' name
     * their own field.
     */
    public static ImportProblem missingOrganization(String file) {
        return new ImportProblem(file, 1, null, MISSING_ORGANIZATION,
                new DefaultMessageSourceResolvable("import.needsOrganization"));
    }

    public PlanDocument preview(Path file, ImportOptions options) throws ImportException {
        return preview(SourceText.read(file), options);
    }

    /** Reads a document to look at: its organisation stays null when neither it nor --org names one. */
    public PlanDocument preview(SourceText source, ImportOptions options) throws ImportException {
        PlanImporter importer = detect(source);
        PlanDocument document = importer.read(source);
        UniqueIdentities.check(document, source);
        if (document.source() != null && document.source().fileName() != null) {
            // the plan remembers the file's name, not where it lay on one clerk's disk
            String name = Path.of(document.source().fileName()).getFileName().toString();
            document = document.withSource(new Source(name, document.source().layout()));
        }
        if (options.organization() != null && !options.organization().isBlank()) {
            document = document.withOrganization(options.organization().strip());
        }
        if (options.title() != null && !options.title().isBlank()) {
            document = document.withTitle(options.title().strip());
        }
        return document;
    }

    /** The importer for the document's layout. */
    public PlanImporter detect(SourceText source) throws ImportException {
        List<PlanImporter> matching = importers.stream().filter(i -> i.recognizes(source)).toList();
        if (matching.isEmpty()) {
            List<Object> known = importers.stream()
                    .<Object>map(i -> ImportMessage.LAYOUT_NAMED.with(i.layout(), i.describedAs())).toList();
            throw new ImportException(source.problem(1, ImportMessage.UNKNOWN_LAYOUT,
                    joined(known, ImportMessage.LAYOUT_LIST)));
        }
        if (matching.size() > 1) {
            List<Object> names = matching.stream().<Object>map(PlanImporter::layout).toList();
            throw new ImportException(source.problem(1, ImportMessage.AMBIGUOUS_LAYOUT,
                    joined(names, ImportMessage.LAYOUT_EITHER)));
        }
        return matching.get(0);
    }

    /** A list said as a message with two places, nested, because a message has no place for any number of items. */
    private static Object joined(List<Object> items, ImportMessage pair) {
        return items.stream().reduce((left, right) -> pair.with(left, right)).orElse("");
    }
}
