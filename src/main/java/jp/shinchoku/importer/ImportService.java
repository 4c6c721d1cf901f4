package jp.shinchoku.importer;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores read documents: all of them in one transaction, so an import is all or nothing.
 * {@link #importDocuments} is the command every way in uses (staff screens, command line).
 */
@Service
public class ImportService {

    private final PlanStore plans;
    private final EvaluationService evaluations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public ImportService(PlanStore plans, EvaluationService evaluations, AuditLog audit,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Imports read documents, all or nothing: the actor must manage each document's organisation
     * (its planning division, or the system); then as {@link #store(List, String, boolean)}; each
     * stored plan is audited and announced ({@link PlanImported}).
     *
     * @throws Forbidden when a document belongs to an organisation the actor does not manage
     * @throws jp.shinchoku.plan.EnteredValuesWouldChange as {@link #store(List, String, boolean)}
     */
    @Transactional
    public List<SavedPlan> importDocuments(Actor actor, List<PlanDocument> documents, boolean replace) {
        List<Long> organizations = new ArrayList<>();
        for (PlanDocument d : documents) {
            long organization = plans.organizationId(d.organization());
            if (!actor.mayManage(organization)) {
                throw new Forbidden(actor, "他の団体の計画の取り込み (import a plan of " + d.organization() + ")");
            }
            organizations.add(organization);
        }
        List<SavedPlan> saved = store(documents, actor.name(), replace);
        for (int i = 0; i < saved.size(); i++) {
            SavedPlan s = saved.get(i);
            String file = documents.get(i).source() == null ? null : documents.get(i).source().fileName();
            audit.record(actor.name(), organizations.get(i), replace ? "import-replace" : "import", "plan " + s.planId(),
                    file);
            events.publishEvent(new PlanImported(s.planId(), s.revision(), s.created(), actor.name(), file));
        }
        return saved;
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
