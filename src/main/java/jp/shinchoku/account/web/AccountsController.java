package jp.shinchoku.account.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import jp.shinchoku.account.AccountException;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Actor;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managing accounts: a system administrator sees and manages all, an organization administrator
 * those of its organization. {@link AccountService} decides who may do what, so a request the
 * page never offers (another organization's account) is refused with 403 all the same.
 */
@Controller
class AccountsController {

    private final AccountService accounts;
    private final MessageSource messages;

    AccountsController(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/staff/accounts")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        return page(user, AccountForm.empty(), model);
    }

    @PostMapping("/staff/accounts")
    String create(@AuthenticationPrincipal StaffUser user, @ModelAttribute AccountForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            accounts.create(form.toNewAccount(user.role() == Role.SYSTEM_ADMIN ? null : user.organizationName()), user);
        } catch (AccountException e) {
            model.addAttribute("error", messages.getMessage(e.code(), e.arguments(), locale));
            return page(user, form.withoutPassword(), model);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", messages.getMessage("account.error.roleRequired", null, locale));
            return page(user, form.withoutPassword(), model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("accounts.created", new Object[] {form.username().strip()}, locale));
        return "redirect:/staff/accounts";
    }

    @PostMapping("/staff/accounts/{username}/email")
    String email(@AuthenticationPrincipal StaffUser user, @PathVariable String username,
            @RequestParam(defaultValue = "") String email, Locale locale, RedirectAttributes redirect) {
        return change((name, by) -> accounts.setEmail(name, email, by), "accounts.emailChanged", user, username, locale,
                redirect);
    }

    @PostMapping("/staff/accounts/{username}/disable")
    String disable(@AuthenticationPrincipal StaffUser user, @PathVariable String username, Locale locale,
            RedirectAttributes redirect) {
        return change(accounts::disable, "accounts.disabled", user, username, locale, redirect);
    }

    @PostMapping("/staff/accounts/{username}/enable")
    String enable(@AuthenticationPrincipal StaffUser user, @PathVariable String username, Locale locale,
            RedirectAttributes redirect) {
        return change(accounts::enable, "accounts.enabled", user, username, locale, redirect);
    }

    @PostMapping("/staff/accounts/{username}/unlock")
    String unlock(@AuthenticationPrincipal StaffUser user, @PathVariable String username, Locale locale,
            RedirectAttributes redirect) {
        return change(accounts::unlock, "accounts.unlocked", user, username, locale, redirect);
    }

    private String change(BiConsumer<String, Actor> action, String done, StaffUser user, String username, Locale locale,
            RedirectAttributes redirect) {
        try {
            action.accept(username, user);
            redirect.addFlashAttribute("notice", messages.getMessage(done, new Object[] {username}, locale));
        } catch (AccountException e) {
            if (e.code().equals("account.error.noSuchAccount")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no account " + username);
            }
            redirect.addFlashAttribute("error", messages.getMessage(e.code(), e.arguments(), locale));
        }
        return "redirect:/staff/accounts";
    }

    private String page(StaffUser user, AccountForm form, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("accounts", accounts.list(user));
        model.addAttribute("form", form);
        boolean system = user.role() == Role.SYSTEM_ADMIN;
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> system || r != Role.SYSTEM_ADMIN).toList());
        List<String> organizations = system ? accounts.organizations() : List.of(user.organizationName());
        Map<String, List<String>> departments = new LinkedHashMap<>();
        organizations.forEach(o -> departments.put(o, accounts.departments(o)));
        model.addAttribute("organizations", organizations);
        model.addAttribute("departments", departments);
        return "staff/accounts";
    }
}
