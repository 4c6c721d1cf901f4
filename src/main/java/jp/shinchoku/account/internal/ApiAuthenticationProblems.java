package jp.shinchoku.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.shinchoku.web.ApiLocale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the API answers when the security filters refuse a request, before any controller runs:
 * 401 for a missing, unknown, revoked or expired token (or a disabled account), 403 for a missing
 * CSRF token on a cookie-session write. RFC 9457 problem details, like every other API error.
 */
class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ApiAuthenticationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shinchoku\"");
        write(request, response, 401, "api.problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, 403, "api.problem.csrf");
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        Locale locale = ApiLocale.of(request);
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(key + ".title", null, locale));
        problem.put("status", status);
        problem.put("detail", messages.getMessage(key + ".detail", null, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
