package jp.shinchoku.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.shinchoku.account.StaffUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Until a one-time password is replaced, every staff page leads to the change-password page. */
@Configuration(proxyBeanMethods = false)
class ForcedPasswordChange implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws java.io.IOException {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.getPrincipal() instanceof StaffUser user && user.mustChangePassword()) {
                    response.sendRedirect(request.getContextPath() + "/staff/password");
                    return false;
                }
                return true;
            }
        }).addPathPatterns("/staff/**").excludePathPatterns("/staff/password");
    }
}
