package jp.shinchoku.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import jp.shinchoku.api.PublishedTree.PlacedInitiative;
import jp.shinchoku.plan.Identity;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.snapshot.PublishedPlan;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Initiatives and their indicators as last published, with their evaluation (rate, grade, trend).
 * An initiative is addressed by its id, the same the staff screens use, which stays when the plan
 * is imported again.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "initiatives", description = "Initiatives (取組) and their indicators (指標) as last published, evaluated")
class InitiativeApiController {

    private final PublishedTree tree;

    InitiativeApiController(PublishedTree tree) {
        this.tree = tree;
    }

    @GetMapping("/plans/{planId}/initiatives")
    @Operation(summary = "The plan's initiatives in document order; department= keeps those it owns, named by its"
            + " name now, found in a report published before a rename under the name it bore then")
    Page<InitiativeEntry> initiatives(@PathVariable long planId, @RequestParam(required = false) String department,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        PublishedPlan plan = tree.plan(planId);
        Set<String> names = department == null ? null : tree.namesOf(plan, department);
        List<InitiativeEntry> all = tree.initiatives(plan).stream()
                .filter(p -> names == null || p.initiative().ownerDepartments().stream().anyMatch(names::contains))
                .map(p -> InitiativeEntry.of(planId, p)).toList();
        return Page.of(all, page, size, request);
    }

    @GetMapping("/plans/{planId}/indicators")
    @Operation(summary = "Every indicator of the plan with its values and evaluation per fiscal year")
    Page<IndicatorEntry> planIndicators(@PathVariable long planId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, HttpServletRequest request) {
        List<IndicatorEntry> all = tree.initiatives(tree.plan(planId)).stream()
                .flatMap(p -> indicators(p).stream()).toList();
        return Page.of(all, page, size, request);
    }

    @GetMapping("/initiatives/{id}")
    @Operation(summary = "One initiative as last published, with its texts, schedule and indicators")
    InitiativeDetail initiative(@PathVariable long id) {
        PublishedTree.Found found = tree.initiative(id);
        PublishedPlan plan = found.plan();
        Initiative i = found.initiative().initiative();
        return new InitiativeDetail(id, plan.planId(), found.ref().version(), found.initiative().section(), i.code(),
                i.label(), i.title(), i.ownerDepartments(), i.relatedDepartments(), i.contacts(), i.targetFiscalYear(),
                i.texts(), i.schedule(), indicators(found.initiative()),
                plan.isPublished() ? plan.snapshot().asOf().toString() : null,
                plan.isPublished() ? plan.snapshot().id() : null, "/api/v1/initiatives/" + id);
    }

    @GetMapping("/initiatives/{id}/indicators")
    @Operation(summary = "The indicators of one initiative as last published")
    List<IndicatorEntry> initiativeIndicators(@PathVariable long id) {
        return indicators(tree.initiative(id).initiative());
    }

    private static List<IndicatorEntry> indicators(PlacedInitiative p) {
        return p.initiative().indicators().stream().map(k -> IndicatorEntry.of(p, k)).toList();
    }

    /** An initiative in a list; {@code id} is null for one published but since deleted. */
    record InitiativeEntry(Long id, String section, String code, String label, String title,
            List<String> ownerDepartments, int indicators, String href) {
        static InitiativeEntry of(long planId, PlacedInitiative p) {
            Initiative i = p.initiative();
            return new InitiativeEntry(p.id(), p.section(), i.code(), i.label(), i.title(), i.ownerDepartments(),
                    i.indicators().size(), p.id() == null ? null : "/api/v1/initiatives/" + p.id());
        }
    }

    /**
     * One initiative. {@code version} is its stored version now, to send with a write (it may be
     * newer than what was published); {@code asOf} and {@code snapshotId} say which report this is.
     */
    record InitiativeDetail(long id, long planId, int version, String section, String code, String label, String title,
            List<String> ownerDepartments, List<String> relatedDepartments, List<Contact> contacts,
            Integer targetFiscalYear, List<LabeledText> texts, List<ScheduleRow> schedule, List<IndicatorEntry> indicators,
            String asOf, Long snapshotId, String href) {
    }

    /**
     * An indicator: {@code key} is what a write names it by (its label, or its name without one);
     * the values carry target, actual, note and evaluation per fiscal year.
     */
    record IndicatorEntry(Long initiativeId, String initiative, String key, String label, String name, String note,
            String direction, String directionReason, Boolean offTrack, String offTrackReason, Baseline baseline,
            List<IndicatorValue> values) {
        static IndicatorEntry of(PlacedInitiative p, Indicator k) {
            return new IndicatorEntry(p.id(), Identity.initiativeKey(p.initiative()), Identity.indicatorKey(k), k.label(), k.name(),
                    k.note(), k.direction(), k.directionReason(), k.offTrack(), k.offTrackReason(), k.baseline(),
                    k.values());
        }
    }
}
