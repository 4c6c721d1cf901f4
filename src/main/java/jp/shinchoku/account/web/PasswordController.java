package jp.shinchoku.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import jp.shinchoku.account.AccountException;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.PasswordPolicy;
import jp.shinchoku.account.StaffUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password; the only page open to a user who still has a one-time password. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // needs the security configuration's beans
class PasswordController {

    private final AccountService accounts;
    private final SecurityContextRepository contexts;
    private final MessageSource messages;

    PasswordController(AccountService accounts, SecurityContextRepository contexts, MessageSource messages) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.messages = messages;
    }

    @GetMapping("/staff/password")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/staff/password")
    String change(@AuthenticationPrincipal StaffUser user, @ModelAttribute PasswordForm form, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        StaffUser changed;
        try {
            if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
                throw new AccountException("password.error.mismatch");
            }
            changed = accounts.changePassword(user, form.currentPassword(), form.newPassword());
        } catch (AccountException e) {
            model.addAttribute("error", messages.getMessage(e.code(), e.arguments(), locale));
            return page(user, model);
        }
        replacePrincipal(changed, request, response);
        redirect.addFlashAttribute("notice", messages.getMessage("password.changed", null, locale));
        return "redirect:/staff";
    }

    private static String page(StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "staff/password";
    }

    /** The session keeps a snapshot of the user: store the one that no longer must change its password. */
    private void replacePrincipal(StaffUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(user, null,
                old.getAuthorities());
        updated.setDetails(old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }
}
