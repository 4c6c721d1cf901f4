package jp.shinchoku.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.DepartmentCommands.MergeDepartments;
import jp.shinchoku.editing.DepartmentCommands.RenameDepartment;
import jp.shinchoku.editing.DepartmentEditing;
import jp.shinchoku.editing.DepartmentNames;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.DepartmentStore.Organization;
import jp.shinchoku.plan.RegisteredDepartment;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department registry on screen: each department with what hangs on it, a rename form per row
 * and a merge form; names that look like two spellings of one department are marked.
 * {@link DepartmentEditing} decides who may (the planning division of the organisation and the
 * system administrator).
 */
@Controller
class DepartmentsController {

    private final DepartmentEditing editing;
    private final DepartmentStore departments;
    private final MessageSource messages;

    DepartmentsController(DepartmentEditing editing, DepartmentStore departments, MessageSource messages) {
        this.editing = editing;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping("/staff/departments")
    String registry(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "org", required = false) Long org,
            Model model) {
        Actor actor = StaffActors.of(user);
        List<Organization> organizations = actor.isSystem() ? departments.organizations() : List.of();
        Long organizationId = org != null ? org : user.organizationId() != null ? user.organizationId()
                : organizations.stream().map(Organization::id).findFirst().orElse(null);
        List<RegisteredDepartment> registry = organizationId == null ? List.of() : editing.registry(actor, organizationId);
        Map<Long, List<String>> lookAlikes = DepartmentNames.lookAlikes(registry);
        model.addAttribute("organizations", organizations);
        model.addAttribute("org", organizationId);
        model.addAttribute("departments", registry.stream().map(d -> new Row(d.id(), d.name(), d.owns(), d.relates(),
                d.accounts(), String.join("、", lookAlikes.getOrDefault(d.id(), List.of())))).toList());
        return "staff/departments";
    }

    @PostMapping("/staff/departments/{id}/rename")
    String rename(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "") String newName,
            Locale locale, RedirectAttributes redirect) {
        try {
            int changed = editing.rename(StaffActors.of(user), new RenameDepartment(org, id, newName)).size();
            redirect.addFlashAttribute("notice", messages.getMessage("departments.renamed", new Object[] {changed}, locale));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", errors(e, locale));
        }
        return back(org);
    }

    @PostMapping("/staff/departments/merge")
    String merge(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "org", required = false) Long org,
            @RequestParam long from, @RequestParam long into, @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale, RedirectAttributes redirect) {
        try {
            // the confirmation is the screen's own safeguard, checked after the command's rules would allow it
            editing.checkMerge(StaffActors.of(user), new MergeDepartments(from, into));
            if (!confirm) {
                redirect.addFlashAttribute("error", messages.getMessage("departments.confirmMerge", null, locale));
                return back(org);
            }
            int changed = editing.merge(StaffActors.of(user), new MergeDepartments(from, into)).size();
            redirect.addFlashAttribute("notice", messages.getMessage("departments.merged", new Object[] {changed}, locale));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", errors(e, locale));
        }
        return back(org);
    }

    private static String back(Long org) {
        return org == null ? "redirect:/staff/departments" : "redirect:/staff/departments?org=" + org;
    }

    private String errors(Invalid e, Locale locale) {
        return ProblemMessages.joined(messages, e, locale);
    }

    record Row(long id, String name, int owns, int relates, int accounts, String lookAlikes) {
    }
}
