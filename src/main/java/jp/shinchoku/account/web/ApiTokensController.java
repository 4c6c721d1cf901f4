package jp.shinchoku.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.shinchoku.account.AccountException;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.ApiToken;
import jp.shinchoku.account.ApiTokens;
import jp.shinchoku.account.IssuedApiToken;
import jp.shinchoku.account.StaffUser;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API tokens on the staff screens: everyone makes and revokes their own; an administrator also
 * sees and revokes those of the accounts it manages. {@link ApiTokens} (the CLI's command) decides
 * who may do what, so a revocation the page never offers is refused with 403 all the same.
 */
@Controller
class ApiTokensController {

    private final ApiTokens tokens;
    private final MessageSource messages;

    ApiTokensController(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/staff/tokens")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        return page(user, TokenForm.empty(), model);
    }

    /**
     * Shows the new token in this very answer rather than after a redirect: a flash attribute
     * would put the only copy of the secret into the shared session store.
     */
    @PostMapping("/staff/tokens")
    String create(@AuthenticationPrincipal StaffUser user, @ModelAttribute TokenForm form, Model model, Locale locale,
            HttpServletResponse response) {
        IssuedApiToken issued;
        try {
            issued = tokens.create(user.username(), form.name(), form.validDays(), user);
        } catch (AccountException e) {
            model.addAttribute("error", messages.getMessage(e.code(), e.arguments(), locale));
            return page(user, form, model);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("issued", new Issued(issued.token().name(), issued.secret(),
                TokenRow.format(issued.token().expiresAt())));
        return page(user, TokenForm.empty(), model);
    }

    @PostMapping("/staff/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Locale locale,
            RedirectAttributes redirect) {
        ApiToken revoked;
        try {
            revoked = tokens.revoke(id, user);
        } catch (AccountException e) {
            // its only refusal that is not a 403: there is no token of that id
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no token " + id, e);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("tokens.revoked", new Object[] {revoked.name()}, locale));
        return "redirect:/staff/tokens";
    }

    /** The token just made, with the only copy of its secret. */
    record Issued(String name, String secret, String expires) {

        @Override
        public String toString() {
            return "Issued[" + name + ", secret hidden]";
        }
    }

    private String page(StaffUser user, TokenForm form, Model model) {
        Instant now = Instant.now();
        // one list: the user's own, and for an administrator also those of the accounts it manages
        List<TokenRow> visible = tokens.list(null, user).stream().map(t -> TokenRow.of(t, now)).toList();
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("mine", visible.stream().filter(t -> t.username().equals(user.username())).toList());
        model.addAttribute("managed", visible.stream().filter(t -> !t.username().equals(user.username())).toList());
        model.addAttribute("administers", AccountService.managesAccounts(user));
        model.addAttribute("defaultDays", String.valueOf(ApiTokens.DEFAULT_DAYS));
        model.addAttribute("maxDays", String.valueOf(ApiTokens.MAX_DAYS));
        model.addAttribute("maxName", ApiTokens.MAX_NAME);
        return "staff/tokens";
    }
}
