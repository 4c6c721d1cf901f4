package jp.shinchoku.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.ValueEntry;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.editing.Invalid.Problem;
import jp.shinchoku.staff.StaffActors;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Targets, actuals and notes per fiscal year, written by a program: the same command as the
 * indicator table of the staff screen ({@link EditingService#recordValues}), so the same rules
 * decide who may write which initiative, and the same version check refuses a stale write.
 */
@RestController
@Tag(name = "writes", description = "What a department enters during a round; needs an API token (or a staff session with CSRF)")
class ValuesApiController {

    private final EditingService editing;

    ValuesApiController(EditingService editing) {
        this.editing = editing;
    }

    @PostMapping(path = "/api/v1/initiatives/{id}/values", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an indicator's target, actual and note for fiscal years",
            description = "version is the initiative's version the change was prepared from (GET /api/v1/initiatives/{id});"
                    + " if someone saved since, the answer is 409 with currentVersion. A blank text clears the value.",
            security = @SecurityRequirement(name = ApiConfiguration.BEARER))
    Saved record(@Parameter(hidden = true) @AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestBody ValuesRequest body) {
        int version = editing.recordValues(StaffActors.of(user), body.toCommand(id));
        return new Saved(id, version, "/api/v1/initiatives/" + id);
    }

    /** The change: the version it starts from and one entry per indicator-year. */
    record ValuesRequest(Integer version, List<Entry> entries) {

        RecordValues toCommand(long initiativeId) {
            if (version == null || entries == null || entries.isEmpty()) {
                throw new Invalid(List.of(new Problem(version == null ? "version" : "entries", "invalid.required")));
            }
            return new RecordValues(initiativeId, version, entries.stream()
                    .map(e -> new ValueEntry(e.indicator(), e.fiscalYear() == null ? 0 : e.fiscalYear(), e.target(),
                            e.actual(), e.note()))
                    .toList());
        }
    }

    /**
     * One indicator-year: {@code indicator} is the indicator's key (its label such as 成果目標①, or
     * its name), {@code fiscalYear} the Western year the fiscal year starts in (2024 = 令和6年度).
     */
    record Entry(String indicator, Integer fiscalYear, String target, String actual, String note) {
    }

    /** The initiative's new version, to send with the next change. */
    record Saved(long initiativeId, int version, String href) {
    }
}
