package jp.shinchoku.staff;

import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.plan.InitiativeStore.NoSuchInitiative;
import jp.shinchoku.plan.InitiativeStore.StaleVersion;
import jp.shinchoku.round.NoSuchTask;
import jp.shinchoku.round.TaskState.IllegalTransition;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** How the staff screens answer what the rules refuse: 403, 404 and 409 pages that say why. */
@ControllerAdvice(basePackageClasses = StaffErrors.class)
class StaffErrors {

    private final org.springframework.context.MessageSource messages;

    StaffErrors(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /** A rule of the command broken where the screen had no form to show it beside: say it in words. */
    @ExceptionHandler(jp.shinchoku.editing.Invalid.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(jp.shinchoku.editing.Invalid e, Model model, java.util.Locale locale) {
        return problem(model, 400, ProblemMessages.joined(messages, e, locale));
    }

    @ExceptionHandler(Forbidden.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Forbidden e, Model model) {
        return problem(model, 403, e.getMessage());
    }

    @ExceptionHandler({NoSuchInitiative.class, NoSuchTask.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RuntimeException e, Model model) {
        return problem(model, 404, e.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale(StaleVersion e, Model model) {
        model.addAttribute("initiative", e.current());
        model.addAttribute("rows", java.util.List.of());
        return "staff/conflict";
    }

    @ExceptionHandler(IllegalTransition.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(RuntimeException e, Model model) {
        return problem(model, 409, e.getMessage());
    }

    private static String problem(Model model, int status, String message) {
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "staff/problem";
    }
}
