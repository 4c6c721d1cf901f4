package jp.shinchoku.importer;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.plan.document.PlanDocument;

/** The five seeds read as the demo data reads them, with the organisation each one needs. */
public final class SeedDocuments {

    private SeedDocuments() {
    }

    public static List<PlanDocument> all() {
        List<PlanDocument> documents = new ArrayList<>();
        PlanReader reader = PlanReader.withAllLayouts();
        for (DemoData.Seed seed : DemoData.SEEDS) {
            try {
                documents.add(reader.read(Seeds.source(seed.file()), new ImportOptions(seed.organization(), null)));
            } catch (ImportException e) {
                throw new IllegalStateException(e);
            }
        }
        return documents;
    }
}
