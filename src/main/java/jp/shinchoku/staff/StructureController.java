package jp.shinchoku.staff;

import java.util.List;
import java.util.Locale;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Commands.AddInitiative;
import jp.shinchoku.editing.Commands.DeleteInitiative;
import jp.shinchoku.editing.Commands.MoveInitiative;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.editing.Structure;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.plan.SectionStore;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing a plan's structure from its tree: sections and initiatives added, renamed, moved, deleted. */
@Controller
class StructureController {

    private final Structure structure;
    private final EditingService editing;
    private final SectionStore sections;
    private final InitiativeStore initiatives;
    private final MessageSource messages;

    StructureController(Structure structure, EditingService editing, SectionStore sections, InitiativeStore initiatives,
            MessageSource messages) {
        this.structure = structure;
        this.editing = editing;
        this.sections = sections;
        this.initiatives = initiatives;
        this.messages = messages;
    }

    @PostMapping("/staff/plans/{planId}/sections")
    String addSection(@AuthenticationPrincipal StaffUser user, @PathVariable long planId,
            @RequestParam(required = false) Long parentId, @RequestParam(required = false) String label,
            @RequestParam(required = false) String title, Locale locale, RedirectAttributes redirect) {
        return change(() -> structure.addSection(StaffActors.of(user), new Structure.AddSection(planId, parentId, label,
                title)), planId, locale, redirect);
    }

    @PostMapping("/staff/sections/{id}/rename")
    String renameSection(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(required = false) String label, @RequestParam(required = false) String title, Locale locale,
            RedirectAttributes redirect) {
        return change(() -> structure.renameSection(StaffActors.of(user), new Structure.RenameSection(id, label, title)),
                planOfSection(id), locale, redirect);
    }

    @PostMapping("/staff/sections/{id}/move")
    String moveSection(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(required = false) Long parentId, Locale locale, RedirectAttributes redirect) {
        return change(() -> structure.moveSection(StaffActors.of(user), new Structure.MoveSection(id, parentId)),
                planOfSection(id), locale, redirect);
    }

    @PostMapping("/staff/sections/{id}/delete")
    String deleteSection(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Locale locale,
            RedirectAttributes redirect) {
        long planId = planOfSection(id);
        return change(() -> structure.deleteSection(StaffActors.of(user), new Structure.DeleteSection(id)), planId, locale,
                redirect);
    }

    @PostMapping("/staff/sections/{id}/initiatives")
    String addInitiative(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @RequestParam(required = false) String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String owner, Locale locale, RedirectAttributes redirect) {
        return change(() -> editing.addInitiative(StaffActors.of(user), new AddInitiative(id, code, title,
                owner == null || owner.isBlank() ? List.of() : List.of(owner))), planOfSection(id), locale, redirect);
    }

    @PostMapping("/staff/initiatives/{id}/move")
    String moveInitiative(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam long sectionId, Locale locale, RedirectAttributes redirect) {
        long planId = planOfInitiative(id);
        return change(() -> editing.moveInitiative(StaffActors.of(user), new MoveInitiative(id, version, sectionId)),
                planId, locale, redirect);
    }

    @PostMapping("/staff/initiatives/{id}/delete")
    String deleteInitiative(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        long planId = planOfInitiative(id);
        return change(() -> editing.deleteInitiative(StaffActors.of(user), new DeleteInitiative(id, version, reason)),
                planId, locale, redirect);
    }

    private String change(Runnable command, long planId, Locale locale, RedirectAttributes redirect) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", messages.getMessage("staff.saved", null, locale));
        } catch (Invalid e) {
            redirect.addFlashAttribute("error", ProblemMessages.joined(messages, e, locale));
        }
        return "redirect:/staff/plans/" + planId;
    }

    private long planOfSection(long sectionId) {
        return sections.planOf(sectionId).orElseThrow(() -> NotFound.of("section " + sectionId));
    }

    private long planOfInitiative(long initiativeId) {
        return initiatives.find(initiativeId).map(f -> f.plan().id())
                .orElseThrow(() -> NotFound.of("initiative " + initiativeId));
    }
}
