package jp.shinchoku.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.ProposedJudgement;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.StoredPlan;
import jp.shinchoku.round.NoSuchTask;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundCommands.Approve;
import jp.shinchoku.round.RoundCommands.OpenRound;
import jp.shinchoku.round.RoundCommands.Publish;
import jp.shinchoku.round.RoundCommands.Return;
import jp.shinchoku.round.RoundCommands.Submit;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.Task;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting round on screen: opening it, the board of every department's state, a
 * department's task with its initiatives, and the submit, approve, return and publish buttons.
 * {@link RoundService} decides who may press which.
 */
@Controller
class RoundsController {

    private final RoundService rounds;
    private final PlanStore plans;
    private final MessageSource messages;
    private final EvaluationService evaluations;

    RoundsController(RoundService rounds, PlanStore plans, MessageSource messages,
            EvaluationService evaluations) {
        this.rounds = rounds;
        this.plans = plans;
        this.messages = messages;
        this.evaluations = evaluations;
    }

    @GetMapping("/staff/rounds")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("rounds", rounds.rounds(StaffActors.of(user)).stream().map(this::view).toList());
        return "staff/rounds";
    }

    @GetMapping("/staff/rounds/new")
    String openForm(@AuthenticationPrincipal StaffUser user, @RequestParam("plan") long planId, Model model) {
        StoredPlan plan = plan(user, planId);
        if (!StaffActors.of(user).mayManage(plan.organizationId())) {
            throw new Forbidden(StaffActors.of(user), "照会の開始 (open a round)");
        }
        model.addAttribute("planId", planId);
        model.addAttribute("planTitle", plan.document().title());
        model.addAttribute("years", plan.document().fiscalYears().stream()
                .map(y -> new YearOption(y, FiscalYear.of(y).label())).toList());
        return "staff/round-new";
    }

    @PostMapping("/staff/rounds")
    String open(@AuthenticationPrincipal StaffUser user, @RequestParam("plan") long planId, @RequestParam String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) Integer fiscalYear, Locale locale, RedirectAttributes redirect, Model model) {
        try {
            Round round = rounds.open(StaffActors.of(user), new OpenRound(planId, title, asOf, deadline, fiscalYear));
            redirect.addFlashAttribute("notice", messages.getMessage("round.opened", new Object[] {round.title()}, locale));
            return "redirect:/staff/rounds/" + round.id();
        } catch (Invalid e) {
            model.addAttribute("errors", errors(e, locale));
            return openForm(user, planId, model);
        }
    }

    @GetMapping("/staff/rounds/{id}")
    String board(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        Actor actor = StaffActors.of(user);
        Round round = visibleRound(actor, id);
        LocalDate today = LocalDate.now();
        model.addAttribute("round", view(round));
        model.addAttribute("tasks", rounds.tasks(id).stream().filter(t -> RoundService.maySee(actor, round, t))
                .map(t -> new TaskView(t.id(), t.department(), t.state().code(), t.overdue(round.deadline(), today),
                        t.lastComment(), LocalTimes.format(t.updatedAt())))
                .toList());
        model.addAttribute("reviews", actor.mayReview(round.organizationId()) && round.isOpen());
        model.addAttribute("manages", actor.mayManage(round.organizationId()) && round.isOpen());
        return "staff/round";
    }

    @GetMapping("/staff/tasks/{id}")
    String task(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        Actor actor = StaffActors.of(user);
        Task task = rounds.task(id).orElseThrow(() -> new NoSuchTask(id));
        Round round = visibleRound(actor, task.roundId());
        if (!RoundService.maySee(actor, round, task)) {
            throw new Forbidden(actor, "この照会の閲覧 (see this task)");
        }
        StoredPlan plan = plans.loadStored(round.planId()).orElseThrow();
        List<TaskInitiative> owned = plan.initiatives().stream()
                // a department's name is unique in its organisation: the plan already holds each owner's name
                .filter(i -> i.content().ownerDepartments().contains(task.department()))
                .map(i -> new TaskInitiative(i.id(), i.content().code(), i.content().title(), i.content().indicators().size()))
                .toList();
        model.addAttribute("round", view(round));
        model.addAttribute("task", new TaskView(task.id(), task.department(), task.state().code(),
                task.overdue(round.deadline(), LocalDate.now()), task.lastComment(), ""));
        model.addAttribute("initiatives", owned);
        java.util.Set<String> ownedKeys = plan.initiatives().stream()
                .filter(i -> owned.stream().anyMatch(o -> o.id() == i.id())).map(i -> i.content().key())
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("proposals", evaluations.evaluatedPlan(round.planId()).map(ProposedJudgement::in)
                .orElse(List.of()).stream().filter(p -> ownedKeys.contains(p.initiative()))
                .map(p -> new ProposalView(owned.stream().filter(o -> java.util.Objects.equals(keyOf(plan, o.id()),
                        p.initiative())).map(TaskInitiative::id).findFirst().orElse(0L), p.initiative(), p.indicator(),
                        FiscalYear.of(p.fiscalYear()).label(), p.grade().name() + " " + p.grade().label(), p.reason()))
                .toList());
        model.addAttribute("steps", rounds.steps(id));
        model.addAttribute("maySubmit", round.isOpen() && task.state().awaitsDepartment()
                && actor.mayEdit(round.organizationId(), List.of(task.departmentId())));
        model.addAttribute("reviews", round.isOpen() && actor.mayReview(round.organizationId())
                && task.state() == jp.shinchoku.round.TaskState.SUBMITTED);
        model.addAttribute("workbook", actor.mayReview(round.organizationId())
                || actor.mayEdit(round.organizationId(), List.of(task.departmentId())));
        model.addAttribute("workbookUpload", round.isOpen()
                && actor.mayEdit(round.organizationId(), List.of(task.departmentId())));
        return "staff/task";
    }

    @PostMapping("/staff/tasks/{id}/submit")
    String submit(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        return act(() -> rounds.submit(StaffActors.of(user), new Submit(id, comment)), "round.submitted", id, locale,
                redirect);
    }

    @PostMapping("/staff/tasks/{id}/approve")
    String approve(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        return act(() -> rounds.approve(StaffActors.of(user), new Approve(id, comment)), "round.approved", id, locale,
                redirect);
    }

    @PostMapping("/staff/tasks/{id}/return")
    String returnTask(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        return act(() -> rounds.returnToDepartment(StaffActors.of(user), new Return(id, comment)), "round.returned", id,
                locale, redirect);
    }

    @PostMapping("/staff/rounds/{id}/publish")
    String publish(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean evenIfUnapproved, Locale locale, RedirectAttributes redirect) {
        try {
            var snapshot = rounds.publish(StaffActors.of(user), new Publish(id, evenIfUnapproved));
            redirect.addFlashAttribute("notice", messages.getMessage("round.published",
                    new Object[] {snapshot.title(), snapshot.asOf()}, locale));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", String.join(" ", errors(e, locale)));
        }
        return "redirect:/staff/rounds/" + id;
    }

    private String act(Runnable action, String done, long taskId, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", String.join(" ", errors(e, locale)));
        }
        return "redirect:/staff/tasks/" + taskId;
    }


    private static String keyOf(StoredPlan plan, long initiativeId) {
        return plan.initiative(initiativeId).map(i -> i.content().key()).orElse(null);
    }

    private Round visibleRound(Actor actor, long id) {
        return rounds.round(id).filter(r -> actor.inOrganization(r.organizationId()))
                .orElseThrow(() -> NotFound.of("round " + id));
    }

    private StoredPlan plan(StaffUser user, long planId) {
        return plans.loadStored(planId).filter(p -> StaffActors.of(user).inOrganization(p.organizationId()))
                .orElseThrow(() -> NotFound.of("plan " + planId));
    }

    private RoundView view(Round r) {
        String plan = plans.load(r.planId()).map(p -> p.title()).orElse("");
        return new RoundView(r.id(), r.planId(), plan, r.title(), r.asOf().toString(), r.deadline().toString(),
                FiscalYear.of(r.fiscalYear()).label(), r.isOpen(), r.deadline().isBefore(LocalDate.now()) && r.isOpen());
    }

    private List<String> errors(Invalid e, Locale locale) {
        return ProblemMessages.of(messages, e, locale);
    }

    record RoundView(long id, long planId, String plan, String title, String asOf, String deadline, String fiscalYear,
            boolean open, boolean overdue) {
    }

    record TaskView(long id, String department, String state, boolean overdue, String comment, String updatedAt) {
    }

    record TaskInitiative(long id, String code, String title, int indicators) {
    }

    record YearOption(int year, String label) {
    }

    /** A proposed grade waiting for the department's decision. */
    record ProposalView(long initiativeId, String initiative, String indicator, String year, String grade,
            String reason) {
    }
}
