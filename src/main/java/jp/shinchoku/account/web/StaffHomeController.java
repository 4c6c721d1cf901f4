package jp.shinchoku.account.web;

import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page: who is logged in and where to go. Task lists will join it. */
@Controller
class StaffHomeController {

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("managesAccounts", AccountService.managesAccounts(user));
        return "staff/home";
    }
}
