package jp.shinchoku.api;

import java.util.List;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.PlanDocumentJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON for researchers and other systems: the list of plans, and each plan as the same
 * evaluated plan document that {@code shinchoku export} writes.
 */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanApiController {

    private final PlanStore plans;
    private final EvaluationService evaluations;

    PlanApiController(PlanStore plans, EvaluationService evaluations) {
        this.plans = plans;
        this.evaluations = evaluations;
    }

    @GetMapping
    List<PlanEntry> list() {
        return plans.list().stream().map(PlanEntry::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<String> plan(@PathVariable long id) {
        return evaluations.evaluatedPlan(id)
                .map(p -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PlanDocumentJson.write(p)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"error\": \"not found\", \"message\": \"there is no plan " + id + "\"}\n"));
    }

    /** One plan in the list, with where to get the whole of it. */
    record PlanEntry(long id, String organization, String title, List<Integer> fiscalYears, String asOf,
            int initiatives, int indicators, String href) {
        static PlanEntry of(jp.shinchoku.plan.PlanSummary s) {
            return new PlanEntry(s.id(), s.organization(), s.title(), s.fiscalYears(),
                    s.asOf() == null ? null : s.asOf().toString(), s.initiatives(), s.indicators(), "/api/v1/plans/" + s.id());
        }
    }
}
