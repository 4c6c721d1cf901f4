package jp.shinchoku.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The five seed documents shipped in the jar, loaded into an empty database so that a new user
 * sees real plans at once. Two of them name their organisation; the others are given it here.
 *
 * <p>{@code jp.shinchoku.snapshot.DemoPublication} loads and publishes them when the server starts.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** A seed file and its organisation; null where the document names its own. */
    record Seed(String file, String organization) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("000_aca55a26c3b508ce.txt", null),
            new Seed("001_a0cd898149b9494c.txt", "千葉市"),
            new Seed("002_e2c61e463caa186d.txt", "千葉県"),
            new Seed("003_5cc03c52278fc810.txt", "木更津市"),
            new Seed("004_1e9ee568ba054293.txt", null));

    private final PlanStore plans;
    private final ImportService imports;

    public DemoData(PlanStore plans, ImportService imports) {
        this.plans = plans;
        this.imports = imports;
    }

    /** Loads the seeds when there is no plan yet; returns the plans loaded (none if there were plans). */
    public List<SavedPlan> loadIfEmpty() {
        if (!plans.isEmpty()) {
            return List.of();
        }
        List<PlanDocument> documents = documents();
        List<SavedPlan> saved = imports.store(documents, "demo");
        log.info("The database was empty: loaded {} demo plans from the seed documents (start with --no-demo to skip)",
                documents.size());
        return saved;
    }

    /** The five demo plans as read from the seed documents, not stored. */
    public List<PlanDocument> documents() {
        List<PlanDocument> documents = new ArrayList<>();
        PlanReader reader = PlanReader.withAllLayouts();
        for (Seed seed : SEEDS) {
            try {
                documents.add(reader.read(SourceText.decode(seed.file(), bytes(seed.file())),
                        new ImportOptions(seed.organization(), null)));
            } catch (ImportException e) {
                throw new IllegalStateException("a demo document shipped with Shinchoku does not import:\n" + e.getMessage(), e);
            }
        }
        return documents;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo document missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo document " + name, e);
        }
    }
}
