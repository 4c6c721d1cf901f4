package jp.shinchoku.site;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.snapshot.Snapshot;

/**
 * What every page of a plan shows above its content: the government and plan, the as-of date of
 * the report shown (令和5年9月1日 (2023-09-01) 時点), and the breadcrumbs to here.
 *
 * @param asOf the snapshot's date in words, or "" for a plan never published
 */
record PlanHeader(String organization, String organizationUrl, String planTitle, String planUrl, String fiscalYears,
        String asOf, String snapshotTitle, boolean published, boolean earlier, String latestUrl, List<Crumb> crumbs) {

    /** One step of the breadcrumbs; the page itself has no address. */
    record Crumb(String label, String url) {
    }

    static PlanHeader of(ShownPlan shown, List<Crumb> below) {
        PlanDocument d = shown.document();
        Snapshot s = shown.published().snapshot();
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(d.organization(), PlanPaths.organization(shown.organizationId())));
        crumbs.add(new Crumb(d.title(), below.isEmpty() ? null : shown.paths().plan()));
        crumbs.addAll(below);
        return new PlanHeader(d.organization(), PlanPaths.organization(shown.organizationId()), d.title(),
                shown.paths().plan(), FiscalYear.range(d.fiscalYears()), s == null ? "" : Years.date(s.asOf()),
                s == null ? "" : s.title(), s != null, !shown.latest(), PlanPaths.current(shown.planId()).plan(), crumbs);
    }

    /** Crumbs for the sections leading down to a page, the last one linked only if {@code linkLast}. */
    static List<Crumb> sections(ShownPlan shown, List<Section> trail, boolean linkLast) {
        List<Crumb> crumbs = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            Section s = trail.get(i);
            boolean link = linkLast || i < trail.size() - 1;
            crumbs.add(new Crumb(SectionView.name(s), link ? shown.paths().section(shown.sections().key(s)) : null));
        }
        return crumbs;
    }
}
