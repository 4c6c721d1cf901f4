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
        for (String[] seed : DemoData.SEEDS) {
            try {
                documents.add(reader.read(Seeds.source(seed[0]), new ImportOptions(seed[1], null)));
            } catch (ImportException e) {
                throw new IllegalStateException(e);
            }
        }
        return documents;
    }
}
