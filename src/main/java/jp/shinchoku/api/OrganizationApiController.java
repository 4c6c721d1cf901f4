package jp.shinchoku.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.DepartmentStore.Organization;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.PlanSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisations (自治体) that have plans here, each with its plans and departments. */
@RestController
@RequestMapping(path = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "organizations", description = "The local governments whose plans are kept here")
class OrganizationApiController {

    private final DepartmentStore departments;
    private final PlanStore plans;

    OrganizationApiController(DepartmentStore departments, PlanStore plans) {
        this.departments = departments;
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "Every organisation, by name")
    Page<OrganizationEntry> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, HttpServletRequest request) {
        List<PlanSummary> all = plans.list();
        return Page.of(departments.organizations().stream()
                .map(o -> new OrganizationEntry(o.id(), o.name(), plansOf(o, all).size(), href(o.id()))).toList(),
                page, size, request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation with its plans and its departments")
    OrganizationDetail organization(@PathVariable long id) {
        Organization o = departments.organizations().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new ApiNotFound("organization " + id));
        return new OrganizationDetail(o.id(), o.name(),
                plansOf(o, plans.list()).stream().map(PlanApiController.PlanEntry::of).toList(),
                departments.list(id).stream().map(d -> d.name()).toList(), href(id));
    }

    private static List<PlanSummary> plansOf(Organization o, List<PlanSummary> all) {
        return all.stream().filter(p -> p.organization().equals(o.name())).toList();
    }

    private static String href(long id) {
        return "/api/v1/organizations/" + id;
    }

    record OrganizationEntry(long id, String name, int plans, String href) {
    }

    record OrganizationDetail(long id, String name, List<PlanApiController.PlanEntry> plans, List<String> departments,
            String href) {
    }
}
