package jp.shinchoku.site;

import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Section;

/**
 * A section with its grade counts, its sub-sections and its initiatives, each linking to its own
 * page: the plan dashboard's tree and a section's page.
 */
record SectionView(String key, String url, String name, List<Grades.GradeCount> counts, int total, List<Text> texts,
        List<SectionView> sections, List<InitiativeRow> initiatives) {

    /** An initiative as a line of a list: its grade in words and symbols, and where its page is. */
    record InitiativeRow(String url, String code, String label, String title, String owners, String grade,
            String gradeWords, String gradeBasis, Outstanding outstanding, int indicators, int offTrack) {

        static InitiativeRow of(Initiative i, RollUp.InitiativeGrade g, String url) {
            boolean graded = g != null && g.grade() != null;
            return new InitiativeRow(url, i.code(), i.label(), i.title(), String.join("、", i.ownerDepartments()),
                    graded ? g.grade().name() : "none", graded ? Grades.words(g.grade()) : Grades.words(null),
                    g == null ? "" : g.basis(), Outstanding.of(g == null ? null : g.outstanding()),
                    i.indicators().size(),
                    (int) i.indicators().stream().map(Indicator::offTrack).filter(Boolean.TRUE::equals).count());
        }
    }

    /** "柱2 多様で柔軟な働き方の推進", or whichever of the two the document gives. */
    static String name(Section s) {
        String label = s.label() == null ? "" : s.label().strip();
        String title = s.title() == null ? "" : s.title().strip();
        return (label + " " + title).strip();
    }

    /** The plan's top sections, each with its roll-up (null when nothing in the plan is graded). */
    static List<SectionView> tree(ShownPlan shown) {
        RollUp.PlanRollUp rollUp = shown.dashboard().rollUp();
        List<Section> sections = shown.document().sections();
        List<SectionView> views = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            views.add(of(shown, sections.get(i), rollUp == null ? null : rollUp.sections().get(i)));
        }
        return views;
    }

    /** One section with the part of the roll-up that is its own (null when nothing is graded). */
    static SectionView of(ShownPlan shown, Section s, RollUp.SectionRollUp rolled) {
        List<SectionView> children = new ArrayList<>();
        for (int i = 0; i < s.sections().size(); i++) {
            children.add(of(shown, s.sections().get(i), rolled == null ? null : rolled.sections().get(i)));
        }
        List<InitiativeRow> rows = new ArrayList<>();
        for (int i = 0; i < s.initiatives().size(); i++) {
            Initiative initiative = s.initiatives().get(i);
            rows.add(InitiativeRow.of(initiative, rolled == null ? null : rolled.initiatives().get(i),
                    shown.paths().initiative(initiative.key())));
        }
        String key = shown.sections().key(s);
        return new SectionView(key, shown.paths().section(key), name(s),
                Grades.counts(rolled == null ? null : rolled.counts()),
                rolled == null ? s.allInitiatives().size() : rolled.counts().total(), Text.of(s.texts()), children, rows);
    }

    /** The section's roll-up found by walking the plan's roll-up along the same places. */
    static RollUp.SectionRollUp rolled(ShownPlan shown, Section target) {
        RollUp.PlanRollUp rollUp = shown.dashboard().rollUp();
        if (rollUp == null) {
            return null;
        }
        List<Section> sections = shown.document().sections();
        List<RollUp.SectionRollUp> rolled = rollUp.sections();
        for (Section step : shown.trail(target)) {
            int at = indexOf(sections, step);
            RollUp.SectionRollUp r = rolled.get(at);
            if (step == target) {
                return r;
            }
            sections = step.sections();
            rolled = r.sections();
        }
        return null;
    }

    private static int indexOf(List<Section> sections, Section s) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i) == s) {
                return i;
            }
        }
        throw new IllegalStateException("section not in its parent");
    }
}
