package jp.shinchoku.opendata;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.Evaluator;
import jp.shinchoku.plan.document.PlanDocument;

/** Seeds evaluated with the default grading, for tests that need no database. */
final class OpenDataFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

    private OpenDataFixtures() {
    }

    static PlanDocument seed(int index) {
        return Evaluator.evaluate(SeedDocuments.all().get(index), EvaluationInputs.DEFAULT);
    }

    static List<String> ids(Table table) {
        return table.columns().stream().map(Column::id).toList();
    }
}
