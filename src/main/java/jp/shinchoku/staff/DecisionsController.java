package jp.shinchoku.staff;

import java.math.BigDecimal;
import java.util.Locale;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Decisions;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.indicator.GradeScale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluation decisions on screen: an indicator's direction, a person's grade, the organisation's grading. */
@Controller
class DecisionsController {

    private final Decisions decisions;
    private final MessageSource messages;

    DecisionsController(Decisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @PostMapping("/staff/initiatives/{id}/direction")
    String direction(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam String indicator,
            @RequestParam(required = false) String direction, @RequestParam(required = false) String reason,
            Locale locale, RedirectAttributes redirect) {
        return decide(() -> decisions.setDirection(StaffActors.of(user),
                new Decisions.SetDirection(id, indicator, direction, reason)), id, locale, redirect);
    }

    @PostMapping("/staff/initiatives/{id}/judgement")
    String judge(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam String indicator,
            @RequestParam int fiscalYear, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        return decide(() -> decisions.judge(StaffActors.of(user),
                new Decisions.Judge(id, indicator, fiscalYear, grade, reason)), id, locale, redirect);
    }

    @GetMapping("/staff/grading")
    String grading(@AuthenticationPrincipal StaffUser user, Model model) {
        Actor actor = managerOfOwnOrganization(user);
        GradeScale scale = decisions.grading(actor.organizationId());
        model.addAttribute("scale", scale);
        model.addAttribute("organization", user.organizationName());
        return "staff/grading";
    }

    @PostMapping("/staff/grading")
    String setGrading(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) BigDecimal a,
            @RequestParam(required = false) BigDecimal b, @RequestParam(required = false) BigDecimal c,
            @RequestParam(defaultValue = "worst") String rollUp, Locale locale, RedirectAttributes redirect) {
        Actor actor = managerOfOwnOrganization(user);
        try {
            decisions.setGrading(actor, new Decisions.SetGrading(actor.organizationId(), a, b, c, rollUp));
            redirect.addFlashAttribute("notice", messages.getMessage("staff.saved", null, locale));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", message(e, locale));
        }
        return "redirect:/staff/grading";
    }

    /** Grading belongs to one organisation: its planning division sets it (a system administrator has none). */
    private static Actor managerOfOwnOrganization(StaffUser user) {
        Actor actor = StaffActors.of(user);
        if (user.organizationId() == null || !actor.mayManage(user.organizationId())) {
            throw new Forbidden(actor, "評価基準の設定 (set the grading)");
        }
        return actor;
    }

    private String decide(Runnable decision, long id, Locale locale, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", messages.getMessage("staff.decided", null, locale));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", message(e, locale));
        }
        return "redirect:/staff/initiatives/" + id;
    }

    private String message(Invalid e, Locale locale) {
        return ProblemMessages.joined(messages, e, locale);
    }
}
