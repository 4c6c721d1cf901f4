package jp.shinchoku.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Consumer;
import jp.shinchoku.account.LoginFailed;
import jp.shinchoku.account.LoginSucceeded;
import jp.shinchoku.account.ApiTokens;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may request what, how staff log in, and the headers every response carries. The public
 * site, its JSON and its assets are open to GET; everything else needs a login. The rules about
 * plans (which organization, which department) are decided by the modules that own them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class SecurityConfiguration {

    /** Read-only pages and files anybody may fetch. */
    static final String[] PUBLIC_GET = {"/", "/plans/**", "/organizations/**", "/overview", "/search", "/opendata/**", "/api/v1/**", "/css/**", "/js/**",
            "/webjars/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    /** The API's addresses that answer an account only (its tasks), though under the public /api/v1/**. */
    static final String[] API_FOR_STAFF = {"/api/v1/tasks", "/api/v1/tasks/**"};

    /** No inline script or style anywhere: templates link static files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * Programs: a request to the API that bears a token is authenticated by the token alone. It
     * keeps no session and needs no CSRF token (a browser never adds the header on its own); every
     * other request, the API's by a logged-in browser included, goes through {@link #staffSecurity}.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiTokenSecurity(HttpSecurity http, ApiTokens tokens, MessageSource messages) throws Exception {
        ApiAuthenticationProblems problems = new ApiAuthenticationProblems(messages);
        http.securityMatcher(request -> isApi(request) && BearerTokenFilter.bearsToken(request))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Bean
    SecurityFilterChain staffSecurity(HttpSecurity http, AuthenticationManager logins, SecurityContextRepository contexts,
            ApplicationEventPublisher publisher, TransactionTemplate transactions, MessageSource messages)
            throws Exception {
        ApiAuthenticationProblems apiProblems = new ApiAuthenticationProblems(messages);
        // published in a transaction of their own, so that after-commit listeners (the audit log's) receive them too
        Consumer<Object> events = event -> transactions.executeWithoutResult(status -> publisher.publishEvent(event));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(API_FOR_STAFF).authenticated()
                        .requestMatchers(HttpMethod.GET, PUBLIC_GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_GET).permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(logins)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginSucceeded(events))
                        .failureHandler(loginFailed(events)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginRequired(apiProblems))
                        .defaultAccessDeniedHandlerFor(apiProblems, SecurityConfiguration::isApi))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * The only way to log in: no parent manager, so a refusal reaches the failure handler as it was
     * made, and Spring Boot's generated default user is never created.
     */
    @Bean
    AuthenticationManager authenticationManager(LoginAttempts attempts) {
        return new ProviderManager(new StaffAuthenticationProvider(attempts));
    }

    /** A person is sent to the login page; the JSON API answers 401 (problem details) rather than sending a program there. */
    private static AuthenticationEntryPoint loginRequired(ApiAuthenticationProblems api) {
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> (isApi(request) ? api : page).commence(request, response, exception);
    }

    /**
     * The session cookie: never readable by scripts, not sent with cross-site posts, and sent over
     * HTTPS only when {@code shinchoku.security.secure-cookies} says the site is served so. Made
     * here rather than from server.servlet.session.cookie.*, which Spring Boot applies to Spring
     * Session only under an embedded server.
     */
    @Bean
    DefaultCookieSerializer cookieSerializer(@Value("${shinchoku.security.secure-cookies:false}") boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(secure);
        return cookie;
    }

    /** Where the login is kept between requests: the (shared, JDBC) session. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    private static AuthenticationSuccessHandler loginSucceeded(Consumer<Object> events) {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/staff");
        return (request, response, authentication) -> {
            events.accept(new LoginSucceeded(authentication.getName(), request.getRemoteAddr()));
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Every refusal says the same unless the person must wait or the name is locked, which unknown names also are. */
    private static AuthenticationFailureHandler loginFailed(Consumer<Object> events) {
        return (request, response, exception) -> {
            LoginFailed.Reason reason = exception instanceof LoginRefusedException refused
                    ? refused.reason() : LoginFailed.Reason.BAD_PASSWORD;
            events.accept(new LoginFailed(typedUsername(request), request.getRemoteAddr(), reason));
            String query = switch (reason) {
                case THROTTLED -> "wait=" + ((LoginRefusedException) exception).waitSeconds();
                case LOCKED -> "locked";
                default -> "error";
            };
            response.sendRedirect(request.getContextPath() + "/login?" + query);
        };
    }

    private static String typedUsername(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? "" : username.strip().substring(0, Math.min(username.strip().length(), 100));
    }
}
