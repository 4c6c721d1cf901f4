package jp.shinchoku.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.StoredInitiative;
import jp.shinchoku.plan.StoredPlan;
import jp.shinchoku.plan.StoredSection;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.Task;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The staff's plans: the list of the organisation's plans, and one plan's tree with who owns what. */
@Controller
class PlansController {

    private final PlanStore plans;
    private final RoundService rounds;

    PlansController(PlanStore plans, RoundService rounds) {
        this.plans = plans;
        this.rounds = rounds;
    }

    @GetMapping("/staff/plans")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("plans", plans.list().stream()
                .filter(p -> user.organizationId() == null || p.organization().equals(user.organizationName()))
                .map(p -> new PlanRow(p.id(), p.organization(), p.title(), FiscalYear.range(p.fiscalYears()),
                        p.initiatives(), p.indicators(), p.revision()))
                .toList());
        return "staff/plans";
    }

    @GetMapping("/staff/plans/{planId}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable long planId, Model model) {
        Actor actor = StaffActors.of(user);
        StoredPlan plan = plans.loadStored(planId).filter(p -> actor.inOrganization(p.organizationId()))
                .orElseThrow(() -> NotFound.of("plan " + planId));
        Round open = rounds.openRoundOf(planId).orElse(null);
        Map<String, Task> tasks = open == null ? Map.of()
                : rounds.tasks(open.id()).stream().collect(Collectors.toMap(Task::department, t -> t, (a, b) -> a));
        model.addAttribute("plan", plan.document());
        model.addAttribute("planId", planId);
        model.addAttribute("round", open);
        model.addAttribute("manages", actor.mayManage(plan.organizationId()));
        List<SectionNode> sections = tree(plan, null, actor, tasks);
        List<SectionOption> options = new ArrayList<>();
        options(sections, "", options);
        model.addAttribute("sections", sections);
        model.addAttribute("sectionOptions", options);
        return "staff/plan";
    }

    private static List<SectionNode> tree(StoredPlan plan, Long parent, Actor actor, Map<String, Task> tasks) {
        List<SectionNode> nodes = new ArrayList<>();
        for (StoredSection s : plan.sections()) {
            if (java.util.Objects.equals(s.parentId(), parent)) {
                List<InitiativeNode> initiatives = plan.initiatives().stream().filter(i -> i.sectionId() == s.id())
                        .sorted(Comparator.comparingInt(StoredInitiative::position))
                        .map(i -> new InitiativeNode(i.id(), i.content().code(), i.content().label(), i.content().title(),
                                String.join("、", i.content().ownerDepartments()),
                                i.content().ownerDepartments().stream().map(tasks::get).filter(java.util.Objects::nonNull)
                                        .map(t -> t.state().code()).findFirst().orElse(null),
                                i.content().indicators().size(), i.version()))
                        .toList();
                nodes.add(new SectionNode(s.id(), s.label(), s.title(), tree(plan, s.id(), actor, tasks), initiatives));
            }
        }
        return nodes;
    }

    record PlanRow(long id, String organization, String title, String fiscalYears, int initiatives, int indicators,
            int revision) {
    }

    record SectionNode(long id, String label, String title, List<SectionNode> sections, List<InitiativeNode> initiatives) {
    }

    record InitiativeNode(long id, String code, String label, String title, String owners, String taskState,
            int indicators, int version) {
    }

    /** A section as a choice in a list: its place shown by indentation. */
    record SectionOption(long id, String name) {
    }

    private static void options(List<SectionNode> nodes, String indent, List<SectionOption> into) {
        for (SectionNode n : nodes) {
            into.add(new SectionOption(n.id(), indent + (n.label() == null ? "" : n.label() + " ")
                    + (n.title() == null ? "" : n.title())));
            options(n.sections(), indent + "　", into);
        }
    }
}
