package jp.shinchoku.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.DepartmentHistory;
import jp.shinchoku.plan.DepartmentName;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.RegisteredDepartment;
import jp.shinchoku.plan.document.Initiative;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A government's page (its plans side by side, each with its grade counts, and its departments)
 * and a department's page (every initiative it owns or takes part in, across the plans, found in
 * each report under the name the department bore when it was published).
 */
@Controller
class OrganizationPageController {

    private final DepartmentStore departments;
    private final PlanStore plans;
    private final ShownPlans shown;
    private final PageWords words;

    OrganizationPageController(DepartmentStore departments, PlanStore plans, ShownPlans shown, PageWords words) {
        this.departments = departments;
        this.plans = plans;
        this.shown = shown;
        this.words = words;
    }

    @GetMapping("/organizations/{orgId}")
    String organization(@PathVariable long orgId, Model model) {
        DepartmentStore.Organization org = organization(orgId);
        List<PlanCard> cards = plansOf(org).stream().map(PlanCard::of).toList();
        model.addAttribute("organization", org);
        model.addAttribute("plans", cards);
        // only graded plans have bars to draw
        List<PlanCard> graded = cards.stream().filter(c -> !c.counts().isEmpty()).toList();
        model.addAttribute("planChart", graded.isEmpty() ? ""
                : ChartData.grades(graded.stream().map(PlanCard::title).toList(),
                        graded.stream().map(PlanCard::counts).toList()));
        model.addAttribute("departments", departments.list(orgId).stream().filter(d -> d.owns() + d.relates() > 0)
                .map(d -> new DepartmentLink(d.name(), PlanPaths.department(orgId, d.id()), d.owns(), d.relates()))
                .toList());
        model.addAttribute("charts", true);
        model.addAttribute("description", words.word("portal.description.organization", org.name(),
                String.join("、", cards.stream().map(PlanCard::title).toList())));
        return "site/organization";
    }

    @GetMapping("/organizations/{orgId}/departments/{deptId}")
    String department(@PathVariable long orgId, @PathVariable long deptId, Model model) {
        DepartmentStore.Organization org = organization(orgId);
        RegisteredDepartment department = departments.find(deptId).filter(d -> d.organizationId() == orgId)
                .orElseThrow(() -> ShownPlans.notFound("organization " + orgId + " has no department " + deptId));
        DepartmentHistory history = departments.history(orgId);
        List<PlanGroup> groups = new ArrayList<>();
        for (ShownPlan plan : plansOf(org)) {
            var snapshot = plan.published().snapshot();
            // a snapshot names departments as they were called when it was published; the stored plan as they are now
            Map<String, DepartmentName> names = history.namesAt(department.id(),
                    snapshot == null ? null : snapshot.publishedAt());
            List<DepartmentRow> rows = new ArrayList<>();
            Integer year = plan.dashboard().gradedYear();
            for (Initiative i : plan.document().allInitiatives()) {
                Optional<DepartmentName> owner = named(i.ownerDepartments(), names);
                owner.or(() -> named(i.relatedDepartments(), names)).ifPresent(used -> rows.add(new DepartmentRow(
                        owner.isPresent(), used.name().equals(department.name()) ? null : used.name(), used.merged(),
                        SectionView.InitiativeRow.of(i, year == null ? null : RollUp.initiative(i, year, plan.scale()),
                                plan.paths().initiative(i.key())))));
            }
            if (!rows.isEmpty()) {
                groups.add(new PlanGroup(plan.document().title(), plan.paths().plan(), asOf(plan), Years.label(year), rows));
            }
        }
        model.addAttribute("organization", org);
        model.addAttribute("organizationUrl", PlanPaths.organization(orgId));
        model.addAttribute("department", department);
        model.addAttribute("groups", groups);
        model.addAttribute("description", words.word("portal.description.department", org.name(), department.name()));
        return "site/department";
    }

    /** A plan on its government's page: its dates and its grade counts. */
    record PlanCard(String title, String url, String fiscalYears, String asOf, String snapshotTitle, String gradedYear,
            List<Grades.GradeCount> counts, int initiatives, int offTrack) {

        static PlanCard of(ShownPlan p) {
            var s = p.published().snapshot();
            return new PlanCard(p.document().title(), p.paths().plan(),
                    jp.shinchoku.fiscal.FiscalYear.range(p.document().fiscalYears()), OrganizationPageController.asOf(p),
                    s == null ? "" : s.title(), Years.label(p.dashboard().gradedYear()),
                    Grades.counts(p.dashboard().counts()), p.document().allInitiatives().size(),
                    p.dashboard().offTrack().size());
        }
    }

    record DepartmentLink(String name, String url, int owns, int relates) {
    }

    /** The department's initiatives of one plan. */
    record PlanGroup(String title, String url, String asOf, String gradedYear, List<DepartmentRow> rows) {
    }

    /**
     * An initiative of the department: {@code owner} when it is the owner, else related;
     * {@code shownAs} the name the report gives the department where that is not its name now
     * (null otherwise), {@code merged} when that name was another department's, merged into it.
     */
    record DepartmentRow(boolean owner, String shownAs, boolean merged, SectionView.InitiativeRow initiative) {
    }

    private static Optional<DepartmentName> named(List<String> written, Map<String, DepartmentName> names) {
        return written.stream().map(names::get).filter(Objects::nonNull).findFirst();
    }

    private DepartmentStore.Organization organization(long orgId) {
        return departments.organizations().stream().filter(o -> o.id() == orgId).findFirst()
                .orElseThrow(() -> ShownPlans.notFound("no organization " + orgId));
    }

    private List<ShownPlan> plansOf(DepartmentStore.Organization org) {
        return plans.list().stream().filter(p -> p.organization().equals(org.name()))
                .map(p -> shown.find(p.id(), null)).toList();
    }

    private static String asOf(ShownPlan p) {
        var s = p.published().snapshot();
        return s == null ? "" : Years.date(s.asOf());
    }
}
