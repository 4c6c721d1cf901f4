package jp.shinchoku.report;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.Evaluator;
import jp.shinchoku.indicator.GradeScale;

/** The five seeds evaluated with the default grading, as report inputs, without a database. */
final class SeedReports {

    /** The date given to seeds that state none. */
    static final LocalDate UNDATED_AS_OF = LocalDate.of(2025, 1, 15);

    private SeedReports() {
    }

    static List<ReportInput> all() {
        return SeedDocuments.all().stream().map(p -> Evaluator.evaluate(p, EvaluationInputs.DEFAULT))
                .map(p -> new ReportInput(p, p.asOf() != null ? p.asOf() : UNDATED_AS_OF, GradeScale.DEFAULT))
                .toList();
    }
}
