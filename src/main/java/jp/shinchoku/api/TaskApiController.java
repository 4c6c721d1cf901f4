package jp.shinchoku.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundCommands.Submit;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.Task;
import jp.shinchoku.round.TaskState;
import jp.shinchoku.staff.StaffActors;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's tasks in the open reporting rounds, and submitting one: the same command as the
 * submit button of the staff screen ({@link RoundService#submit}).
 */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "writes")
class TaskApiController {

    private final RoundService rounds;

    TaskApiController(RoundService rounds) {
        this.rounds = rounds;
    }

    @GetMapping
    @Operation(summary = "The tasks of open rounds the account may see: a department editor its departments' tasks",
            security = @SecurityRequirement(name = ApiConfiguration.BEARER))
    java.util.List<TaskEntry> tasks(@Parameter(hidden = true) @AuthenticationPrincipal StaffUser user) {
        Actor actor = StaffActors.of(user);
        return rounds.rounds(actor).stream().filter(Round::isOpen)
                .flatMap(round -> rounds.tasks(round.id()).stream().filter(t -> RoundService.maySee(actor, round, t))
                        .map(t -> TaskEntry.of(round, t)))
                .toList();
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the department's task: its answer goes to the reviewers",
            description = "404 when there is no task of this id; 409 when the task cannot be submitted now "
                    + "(already submitted or approved).",
            security = @SecurityRequirement(name = ApiConfiguration.BEARER))
    Submitted submit(@Parameter(hidden = true) @AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestBody(required = false) SubmitRequest body) {
        TaskState state = rounds.submit(StaffActors.of(user), new Submit(id, body == null ? null : body.comment()));
        return new Submitted(id, state.code());
    }

    /** An optional comment for the reviewers. */
    record SubmitRequest(String comment) {
    }

    record Submitted(long taskId, String state) {
    }

    /** A department's task: {@code state} not_started, in_progress, submitted, returned or approved. */
    record TaskEntry(long id, long roundId, String round, long planId, String fiscalYear, String deadline,
            String department, String state, String comment, String submit) {
        static TaskEntry of(Round round, Task t) {
            return new TaskEntry(t.id(), round.id(), round.title(), round.planId(), FiscalYear.of(round.fiscalYear()).label(),
                    round.deadline().toString(), t.department(), t.state().code(), t.lastComment(),
                    "/api/v1/tasks/" + t.id() + "/submit");
        }
    }
}
