package jp.shinchoku.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.editing.InitiativeChanged;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.editing.Invalid.Problem;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.round.RoundCommands.Approve;
import jp.shinchoku.round.RoundCommands.OpenRound;
import jp.shinchoku.round.RoundCommands.Publish;
import jp.shinchoku.round.RoundCommands.Return;
import jp.shinchoku.round.RoundCommands.Submit;
import jp.shinchoku.snapshot.Snapshot;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import jp.shinchoku.plan.PlanStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting round (照会): the planning division opens it, each department that owns
 * initiatives of the plan works on them and submits, a reviewer approves or returns with a
 * comment, and the planning division publishes the plan as of the round's date.
 */
@Service
public class RoundService {

    private final RoundStore store;
    private final InitiativeStore initiatives;
    private final SnapshotService snapshots;
    private final Notices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PlanStore plans;

    RoundService(RoundStore store, InitiativeStore initiatives, SnapshotService snapshots, Notices notices,
            AuditLog audit, ApplicationEventPublisher events, PlanStore plans) {
        this.store = store;
        this.initiatives = initiatives;
        this.snapshots = snapshots;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.plans = plans;
    }

    @Transactional
    public Round open(Actor actor, OpenRound command) {
        long organizationId = plans.organizationOf(command.planId())
                .orElseThrow(() -> new Invalid(List.of(new Problem("planId", "invalid.noSuchPlan", command.planId()))));
        if (!actor.mayManage(organizationId)) {
            throw new Forbidden(actor, "照会の開始 (open a round)");
        }
        List<Problem> problems = new ArrayList<>();
        if (command.title() == null || command.title().isBlank()) {
            problems.add(new Problem("title", "invalid.required"));
        }
        if (command.asOf() == null) {
            problems.add(new Problem("asOf", "invalid.required"));
        }
        if (command.deadline() == null) {
            problems.add(new Problem("deadline", "invalid.required"));
        }
        if (command.fiscalYear() == null) {
            problems.add(new Problem("fiscalYear", "invalid.required"));
        } else if (command.fiscalYear() < 1989 || command.fiscalYear() > 2100) {
            problems.add(new Problem("fiscalYear", "invalid.fiscalYear", command.fiscalYear()));
        }
        if (store.openRoundOf(command.planId()).isPresent()) {
            problems.add(new Problem("planId", "invalid.roundAlreadyOpen"));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        long roundId = store.insertRound(command.planId(), organizationId, command, command.fiscalYear(), actor.name());
        for (long department : store.owningDepartments(command.planId())) {
            store.insertTask(roundId, department);
            notices.send(organizationId, department, roundId, "照会「" + command.title().strip() + "」が始まりました",
                    FiscalYear.of(command.fiscalYear()).label() + "の実績と活動経過を " + command.deadline()
                            + " までに入力し、提出してください。\n"
                            + "Round \"" + command.title().strip() + "\" has opened: enter the actuals and notes for "
                            + "fiscal year " + command.fiscalYear() + " and submit them by " + command.deadline() + ".");
        }
        audit.record(actor.name(), organizationId, "open-round", "round " + roundId, command.title().strip());
        events.publishEvent(new RoundEvents.RoundOpened(roundId, command.planId()));
        return store.round(roundId).orElseThrow();
    }

    @Transactional
    public TaskState submit(Actor actor, Submit command) {
        Task task = lockTask(command.taskId());
        Round round = openRound(task);
        if (!actor.mayEdit(round.organizationId(), List.of(task.departmentId()))) {
            throw new Forbidden(actor, "この照会の提出 (submit this task)");
        }
        TaskState next = task.state().submit();
        store.moveTask(task.id(), next, actor.name(), "submit", blankToNull(command.comment()));
        audit.record(actor.name(), round.organizationId(), "submit", "task " + task.id(), task.department());
        notices.send(round.organizationId(), null, round.id(), task.department() + " が「" + round.title() + "」を提出しました",
                task.department() + " submitted its answer to \"" + round.title() + "\".");
        events.publishEvent(new RoundEvents.TaskSubmitted(round.id(), task.id()));
        return next;
    }

    @Transactional
    public TaskState approve(Actor actor, Approve command) {
        Task task = lockTask(command.taskId());
        Round round = openRound(task);
        requireReview(actor, round);
        TaskState next = task.state().approve();
        store.moveTask(task.id(), next, actor.name(), "approve", blankToNull(command.comment()));
        audit.record(actor.name(), round.organizationId(), "approve", "task " + task.id(), task.department());
        events.publishEvent(new RoundEvents.TaskApproved(round.id(), task.id()));
        return next;
    }

    @Transactional
    public TaskState returnToDepartment(Actor actor, Return command) {
        Task task = lockTask(command.taskId());
        Round round = openRound(task);
        requireReview(actor, round);
        if (command.comment() == null || command.comment().isBlank()) {
            throw new Invalid(List.of(new Problem("comment", "invalid.required")));
        }
        TaskState next = task.state().returnToDepartment();
        store.moveTask(task.id(), next, actor.name(), "return", command.comment().strip());
        audit.record(actor.name(), round.organizationId(), "return", "task " + task.id(),
                task.department() + ": " + command.comment().strip());
        notices.send(round.organizationId(), task.departmentId(), round.id(), "「" + round.title() + "」が差し戻されました",
                "審査担当のコメント: " + command.comment().strip() + "\n修正して再提出してください。\n"
                        + "Your answer was returned with this comment; correct it and submit again.");
        events.publishEvent(new RoundEvents.TaskReturned(round.id(), task.id(), command.comment().strip()));
        return next;
    }

    @Transactional
    public Snapshot publish(Actor actor, Publish command) {
        Round round = store.round(command.roundId())
                .orElseThrow(() -> new Invalid(List.of(new Problem("roundId", "invalid.noSuchRound", command.roundId()))));
        if (!actor.mayManage(round.organizationId())) {
            throw new Forbidden(actor, "公表 (publish)");
        }
        if (!round.isOpen()) {
            throw new Invalid(List.of(new Problem("roundId", "invalid.roundNotOpen")));
        }
        List<Task> open = store.tasks(round.id()).stream().filter(t -> t.state() != TaskState.APPROVED).toList();
        if (!open.isEmpty() && !command.evenIfUnapproved()) {
            throw new Invalid(List.of(new Problem("evenIfUnapproved", "invalid.unapprovedTasks",
                    open.stream().map(Task::department).collect(Collectors.joining("、")))));
        }
        Snapshot snapshot = snapshots.publish(actor, round.planId(), round.asOf(), round.title(), round.id());
        store.markPublished(round.id(), snapshot.id());
        notices.send(round.organizationId(), null, round.id(), "「" + round.title() + "」を公表しました",
                "The plan was published as of " + round.asOf() + ".");
        events.publishEvent(new RoundEvents.RoundPublished(round.id(), round.planId(), snapshot.id()));
        return snapshot;
    }

    /** A department that changes one of its initiatives while a round is open has started its task. */
    @EventListener
    void onInitiativeChanged(InitiativeChanged changed) {
        store.openRoundOf(changed.planId()).ifPresent(round -> initiatives.find(changed.initiativeId())
                .ifPresent(found -> found.ownerDepartmentIds().forEach(department -> store.taskOf(round.id(), department)
                        .filter(t -> t.state() == TaskState.NOT_STARTED)
                        .ifPresent(t -> store.moveTask(t.id(), t.state().workedOn(), changed.actor(), "start", null)))));
    }

    /** Reminds the departments that still owe their answer when the deadline is {@code days} away or nearer. */
    @Transactional
    public int remind(LocalDate today, int days) {
        int sent = 0;
        for (Round round : store.dueForReminder(today, days)) {
            if (!store.claimReminder(round.id())) {
                continue;
            }
            for (Task task : store.tasks(round.id())) {
                if (task.state().awaitsDepartment()) {
                    notices.send(round.organizationId(), task.departmentId(), round.id(),
                            "「" + round.title() + "」の締切は " + round.deadline() + " です",
                            "まだ提出されていません。期限までに提出してください。\n"
                                    + "Your answer is due on " + round.deadline() + " and has not been submitted yet.");
                    sent++;
                }
            }
        }
        return sent;
    }

    public java.util.Optional<Round> round(long roundId) {
        return store.round(roundId);
    }

    public java.util.Optional<Round> openRoundOf(long planId) {
        return store.openRoundOf(planId);
    }

    /** The rounds an actor may see: its organisation's, or all for a system actor. */
    public List<Round> rounds(Actor actor) {
        return store.rounds(actor.isSystem() ? null : actor.organizationId());
    }

    public List<Task> tasks(long roundId) {
        return store.tasks(roundId);
    }

    public java.util.Optional<Task> task(long taskId) {
        return store.task(taskId);
    }

    public List<TaskStep> steps(long taskId) {
        return store.steps(taskId);
    }

    /** Departments see their own tasks; the planning division, reviewers and viewers see every department's. */
    public static boolean maySee(Actor actor, Round round, Task task) {
        return actor.mayReview(round.organizationId())
                || actor.authority() == Actor.Authority.VIEWER && actor.inOrganization(round.organizationId())
                || actor.mayEdit(round.organizationId(), List.of(task.departmentId()));
    }

    private Task lockTask(long taskId) {
        return store.lockTask(taskId).orElseThrow(() -> new NoSuchTask(taskId));
    }

    private Round openRound(Task task) {
        Round round = store.round(task.roundId()).orElseThrow();
        if (!round.isOpen()) {
            throw new Invalid(List.of(new Problem("roundId", "invalid.roundNotOpen")));
        }
        return round;
    }

    private static void requireReview(Actor actor, Round round) {
        if (!actor.mayReview(round.organizationId())) {
            throw new Forbidden(actor, "審査 (review)");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
