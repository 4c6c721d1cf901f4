package jp.shinchoku.site;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.indicator.PlanDashboard;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.search.InitiativeLinks;
import jp.shinchoku.snapshot.PublishedPlan;

/**
 * A plan as one public page shows it: the published snapshot (or the stored plan, never
 * published), its organisation, whether it is the latest report, its grading, its figures, and
 * where its pages are.
 */
record ShownPlan(long organizationId, PublishedPlan published, boolean latest, GradeScale scale,
        PlanDashboard dashboard, PlanPaths paths, SectionKeys sections) {

    PlanDocument document() {
        return published.document();
    }

    long planId() {
        return published.planId();
    }

    /** The section and its ancestors, outermost first; empty when the section is not in the plan. */
    List<Section> trail(Section target) {
        List<Section> trail = new ArrayList<>();
        return walk(document().sections(), target, trail) ? trail : List.of();
    }

    /** The sections leading to the initiative, outermost first. */
    List<Section> trail(Initiative target) {
        for (Section s : document().allSections()) {
            if (s.initiatives().stream().anyMatch(i -> i == target)) {
                return trail(s);
            }
        }
        return List.of();
    }

    java.util.Optional<Initiative> initiative(String segment) {
        return document().allInitiatives().stream().filter(i -> InitiativeLinks.segment(i.key()).equals(segment))
                .findFirst();
    }

    private static boolean walk(List<Section> sections, Section target, List<Section> trail) {
        for (Section s : sections) {
            trail.add(s);
            if (s == target || walk(s.sections(), target, trail)) {
                return true;
            }
            trail.remove(trail.size() - 1);
        }
        return false;
    }
}
