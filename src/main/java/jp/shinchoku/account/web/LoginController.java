package jp.shinchoku.account.web;

import jp.shinchoku.account.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles its POST and /logout. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String wait, Model model) {
        if (user != null) {
            return "redirect:/staff";
        }
        // the wait comes back in the address after a throttled attempt; anything but a number is ignored
        if (wait != null && wait.matches("[0-9]{1,6}")) {
            model.addAttribute("waitSeconds", Long.parseLong(wait));
        }
        return "login";
    }
}
