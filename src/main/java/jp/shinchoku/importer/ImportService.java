package jp.shinchoku.importer;

import java.util.List;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores read documents: all of them in one transaction, so an import is all or nothing. */
@Service
public class ImportService {

    private final PlanStore plans;
    private final EvaluationService evaluations;

    public ImportService(PlanStore plans, EvaluationService evaluations) {
        this.plans = plans;
        this.evaluations = evaluations;
    }

    @Transactional
    public List<SavedPlan> store(List<PlanDocument> documents, String actor) {
        return store(documents, actor, false);
    }

    /**
     * Stores the documents; with {@code replace} false, a document that would change values people
     * entered in the application is refused ({@link jp.shinchoku.plan.EnteredValuesWouldChange}) and
     * nothing at all is stored.
     */
    @Transactional
    public List<SavedPlan> store(List<PlanDocument> documents, String actor, boolean replace) {
        return documents.stream().map(d -> {
            SavedPlan saved = plans.save(d, actor, replace);
            evaluations.keepStatedDirections(saved.planId(), d, actor);
            return saved;
        }).toList();
    }
}
