package jp.shinchoku.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.plan.InitiativeStore.NoSuchInitiative;
import jp.shinchoku.plan.InitiativeStore.StaleVersion;
import jp.shinchoku.round.NoSuchTask;
import jp.shinchoku.round.TaskState.IllegalTransition;
import jp.shinchoku.web.ApiLocale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every refusal of the JSON API as RFC 9457 problem details ({@code application/problem+json}),
 * titled and explained in Japanese, or in English for {@code Accept-Language: en}. The rules
 * themselves are the commands'; this only says their refusals in HTTP: 400 a broken rule, 403 not
 * allowed, 404 nothing there, 409 someone saved first or the step is not possible now.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Invalid.class)
    ResponseEntity<ProblemDetail> invalid(Invalid e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        List<Map<String, String>> errors = e.problems().stream().map(p -> Map.of("field", p.field(),
                "code", p.code(), "message", messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)))
                .toList();
        String detail = String.join(" ", errors.stream().map(m -> m.get("message")).toList());
        return problem(request, HttpStatus.BAD_REQUEST, "invalid", detail, Map.of("errors", errors));
    }

    @ExceptionHandler(ApiBadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(ApiBadRequest e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "badRequest",
                messages.getMessage(e.code(), e.arguments(), ApiLocale.of(request)), Map.of());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "badRequest", message("unreadable", request), Map.of());
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e, HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "forbidden", message("forbidden", request), Map.of());
    }

    @ExceptionHandler(ApiNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ApiNotFound e, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "notFound",
                messages.getMessage("api.problem.notFound.detail", e.arguments(), ApiLocale.of(request)), Map.of());
    }

    /** Thrown by API controllers of other modules (the search's), which cannot see {@link ApiNotFound}. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, HttpServletRequest request) {
        if (e.getStatusCode().value() == 404) {
            return notFound(new ApiNotFound(e.getReason() == null ? request.getRequestURI() : e.getReason()), request);
        }
        return problem(request, HttpStatus.valueOf(e.getStatusCode().value()), "badRequest", message("unreadable", request),
                Map.of());
    }

    @ExceptionHandler(NoSuchInitiative.class)
    ResponseEntity<ProblemDetail> noSuchInitiative(NoSuchInitiative e, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "notFound", message("noSuchInitiative", request), Map.of());
    }

    @ExceptionHandler(NoSuchTask.class)
    ResponseEntity<ProblemDetail> noSuchTask(NoSuchTask e, HttpServletRequest request) {
        return notFound(new ApiNotFound("task " + e.taskId()), request);
    }

    /** The version the client started from is gone: it reads the initiative again and decides. */
    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> stale(StaleVersion e, HttpServletRequest request) {
        return problem(request, HttpStatus.CONFLICT, "stale",
                messages.getMessage("api.problem.stale.detail", new Object[] {e.current().version()}, ApiLocale.of(request)),
                Map.of("currentVersion", e.current().version()));
    }

    @ExceptionHandler(IllegalTransition.class)
    ResponseEntity<ProblemDetail> transition(IllegalTransition e, HttpServletRequest request) {
        return problem(request, HttpStatus.CONFLICT, "transition", message("transition", request), Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(request, HttpStatus.METHOD_NOT_ALLOWED, "method", message("method", request), Map.of());
    }

    private String message(String kind, HttpServletRequest request) {
        return messages.getMessage("api.problem." + kind + ".detail", null, ApiLocale.of(request));
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String kind,
            String detail, Map<String, Object> properties) {
        Locale locale = ApiLocale.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("api.problem." + kind + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).body(problem);
    }
}
