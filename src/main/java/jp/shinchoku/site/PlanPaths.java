package jp.shinchoku.site;

import java.nio.charset.StandardCharsets;
import jp.shinchoku.search.InitiativeLinks;
import org.springframework.web.util.UriUtils;

/**
 * The addresses of a plan's pages, under the plan as last published ({@code /plans/4}) or under
 * one of its snapshots ({@code /plans/4/snapshots/9}), so that an earlier report links within
 * itself. Paths only, no query strings: the static export writes each as a file.
 */
record PlanPaths(long planId, String base) {

    static PlanPaths current(long planId) {
        return new PlanPaths(planId, "/plans/" + planId);
    }

    static PlanPaths snapshot(long planId, long snapshotId) {
        return new PlanPaths(planId, "/plans/" + planId + "/snapshots/" + snapshotId);
    }

    String plan() {
        return base;
    }

    String section(String key) {
        return base + "/sections/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    String initiative(String key) {
        return base + "/initiatives/" + UriUtils.encodePathSegment(InitiativeLinks.segment(key), StandardCharsets.UTF_8);
    }

    static String organization(long organizationId) {
        return "/organizations/" + organizationId;
    }

    static String department(long organizationId, long departmentId) {
        return organization(organizationId) + "/departments/" + departmentId;
    }

    static String compare(long planId, long before, long after) {
        return "/plans/" + planId + "/snapshots/" + before + "/compare/" + after;
    }
}
