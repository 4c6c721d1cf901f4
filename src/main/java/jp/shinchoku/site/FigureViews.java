package jp.shinchoku.site;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.rollup.GradeCounts;
import jp.shinchoku.rollup.OrganizationFigures;
import jp.shinchoku.rollup.PlanFigures;

/** Stored figures as the front page and the overview word them. */
final class FigureViews {

    private FigureViews() {
    }

    /** A plan's line of the front page; {@code bar} empty for a plan never published. */
    record PlanRow(long id, long organizationId, String organization, String prefecture, String kind, String title, String planType,
            String fiscalYears, String asOf, boolean published, String gradedYear, List<Part> bar, String initiatives,
            String indicators) {

        static PlanRow of(PlanFigures p) {
            boolean published = p.snapshotId() != null;
            return new PlanRow(p.id(), p.organizationId(), p.organization(), p.prefecture() == null ? "" : p.prefecture(),
                    p.kind() == null ? "" : "kind." + p.kind(), p.title(),
                    "planType." + (p.planType() == null ? "other" : p.planType()), FiscalYear.range(p.fiscalYears()),
                    published ? Years.date(p.publishedAsOf()) : p.asOf() == null ? "" : Years.date(p.asOf()), published,
                    Years.label(p.gradedYear()), p.counts() == null ? List.of() : Part.of(p.counts()),
                    p.initiatives() == null ? "—" : p.initiatives().toString(),
                    p.indicators() == null ? "—" : p.indicators().toString());
        }
    }

    /** A government's line of the overview. */
    record OrganizationRow(long id, String name, String prefecture, String kind, int plans, int initiatives,
            List<Part> bar) {

        static OrganizationRow of(OrganizationFigures o) {
            GradeCounts counts = o.counts() == null ? GradeCounts.NONE : o.counts();
            return new OrganizationRow(o.id(), o.name(), o.prefecture() == null ? "" : o.prefecture(),
                    o.kind() == null ? "" : "kind." + o.kind(), o.plans(), counts.total(), Part.of(counts));
        }
    }

    /**
     * One grade's share of a stacked bar: its count and percentage, and where its rectangle starts
     * and ends on a 0–100 scale (an SVG drawn by attributes, so no inline style is needed).
     */
    record Part(String grade, String label, int count, String percent, double x, double width) {

        static List<Part> of(GradeCounts c) {
            int[] counts = {c.a(), c.b(), c.c(), c.d(), c.ungraded()};
            String[] grades = {"A", "B", "C", "D", "none"};
            String[] labels = {Grade.A.label(), Grade.B.label(), Grade.C.label(), Grade.D.label(), Grade.NONE_LABEL};
            int total = c.total();
            List<Part> parts = new ArrayList<>();
            double x = 0;
            for (int i = 0; i < counts.length; i++) {
                double width = total == 0 ? 0 : 100.0 * counts[i] / total;
                parts.add(new Part(grades[i], labels[i], counts[i],
                        total == 0 ? "—" : String.format("%.0f%%", width), x, width));
                x += width;
            }
            return parts;
        }
    }
}
