package jp.shinchoku.staff;

import java.util.List;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.round.Notices;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page: who is logged in, the rounds waiting for them, and the notices for them. */
@Controller
class HomeController {

    private final RoundService rounds;
    private final Notices notices;

    HomeController(RoundService rounds, Notices notices) {
        this.rounds = rounds;
        this.notices = notices;
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffUser user, Model model) {
        Actor actor = StaffActors.of(user);
        model.addAttribute("user", user);
        model.addAttribute("managesAccounts", AccountService.managesAccounts(user));
        model.addAttribute("manages", user.organizationId() == null || actor.mayManage(user.organizationId()));
        List<WorkItem> work = rounds.rounds(actor).stream().filter(Round::isOpen)
                .flatMap(r -> rounds.tasks(r.id()).stream()
                        .filter(t -> actor.mayReview(r.organizationId()) ? t.state() == jp.shinchoku.round.TaskState.SUBMITTED
                                : actor.mayEdit(r.organizationId(), List.of(t.departmentId())))
                        .map(t -> new WorkItem(t.id(), r.title(), r.deadline().toString(), t.department(), t.state().code())))
                .toList();
        model.addAttribute("work", work);
        model.addAttribute("notices", user.organizationId() == null ? List.of()
                : notices.latest(user.organizationId(), user.departmentIds(), 10));
        return "staff/home";
    }

    record WorkItem(long taskId, String round, String deadline, String department, String state) {
    }
}
