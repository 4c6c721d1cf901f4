package jp.shinchoku.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.PlanSummary;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.Snapshot;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Plans for researchers and other systems: the list, each plan as the same evaluated plan
 * document that {@code shinchoku export} writes (as last published), its sections, and its
 * published reports.
 */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "plans", description = "Plans as last published, their sections and their published reports (snapshots)")
class PlanApiController {

    private final PlanStore plans;
    private final SnapshotService snapshots;
    private final PublishedTree tree;

    PlanApiController(PlanStore plans, SnapshotService snapshots, PublishedTree tree) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.tree = tree;
    }

    @GetMapping
    @Operation(summary = "Every plan, with where to fetch it")
    Page<PlanEntry> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        return Page.of(plans.list().stream().map(PlanEntry::of).toList(), page, size, request);
    }

    /** The plan as last published (or as stored, if never published). */
    @GetMapping("/{id}")
    @Operation(summary = "The plan as last published (or as stored if never published): the evaluated plan document")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(type = "object", description = "a plan document, format shinchoku/plan-v1 (docs/plan-document.md)")))
    String plan(@PathVariable long id, WebRequest request) {
        PublishedPlan plan = tree.plan(id);
        return Etags.unchanged(request, plan) ? null : PlanDocumentJson.write(plan.document());
    }

    @GetMapping("/{id}/sections")
    @Operation(summary = "The sections of the plan as last published, depth first, each with its path (2.1 = first sub-section of the second)")
    Page<SectionEntry> sections(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, WebRequest web, HttpServletRequest request) {
        PublishedPlan plan = tree.plan(id);
        if (Etags.unchanged(web, plan)) {
            return null;
        }
        return Page.of(PublishedTree.sections(plan).stream().map(s -> new SectionEntry(s.path(), s.depth(),
                s.section().label(), s.section().title(), s.section().texts(), s.section().sections().size(),
                s.section().initiatives().size())).toList(), page, size, request);
    }

    /** The plan's published reports, newest first. */
    @GetMapping("/{id}/snapshots")
    @Operation(summary = "The plan's published reports (snapshots), newest first")
    Page<SnapshotEntry> snapshots(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, HttpServletRequest request) {
        if (plans.organizationOf(id).isEmpty()) {
            throw new ApiNotFound("plan " + id);
        }
        return Page.of(snapshots.snapshots(id).stream().map(SnapshotEntry::of).toList(), page, size, request);
    }

    @GetMapping("/{id}/snapshots/{snapshotId}")
    @Operation(summary = "One published report of the plan: the plan document as evaluated and published then")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(type = "object", description = "a plan document, format shinchoku/plan-v1 (docs/plan-document.md)")))
    String snapshot(@PathVariable long id, @PathVariable long snapshotId, WebRequest request) {
        PublishedPlan plan = snapshots.snapshot(id, snapshotId)
                .orElseThrow(() -> new ApiNotFound("plan " + id + " snapshot " + snapshotId));
        return Etags.unchanged(request, plan) ? null : PlanDocumentJson.write(plan.document());
    }

    /** One published report in the list. */
    record SnapshotEntry(long id, String asOf, String title, String publishedAt, String href) {
        static SnapshotEntry of(Snapshot s) {
            return new SnapshotEntry(s.id(), s.asOf().toString(), s.title(), s.publishedAt().toString(),
                    "/api/v1/plans/" + s.planId() + "/snapshots/" + s.id());
        }
    }

    /** One plan in the list, with where to get the whole of it. */
    record PlanEntry(long id, String organization, String title, List<Integer> fiscalYears, String asOf,
            int initiatives, int indicators, String href) {
        static PlanEntry of(PlanSummary s) {
            return new PlanEntry(s.id(), s.organization(), s.title(), s.fiscalYears(),
                    s.asOf() == null ? null : s.asOf().toString(), s.initiatives(), s.indicators(), "/api/v1/plans/" + s.id());
        }
    }

    /** A section: its place in the tree, its own texts, and how many sub-sections and initiatives it holds directly. */
    record SectionEntry(String path, int depth, String label, String title, List<LabeledText> texts, int sections,
            int initiatives) {
    }
}
