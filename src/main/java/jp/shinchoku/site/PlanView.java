package jp.shinchoku.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.search.InitiativeLinks;
import jp.shinchoku.search.RelatedInitiative;

/** One evaluated plan as its page shows it: the tree, with years, values and grades already worded. */
record PlanView(long id, String organization, String title, String fiscalYears, String asOf, String source,
        List<Text> texts, String gradedYear, List<GradeCount> counts, Outstanding outstanding, List<SectionView> sections) {

    static PlanView of(long id, PlanDocument d, RollUp.PlanRollUp rollUp, Map<String, List<RelatedInitiative>> related) {
        Map<String, RollUp.InitiativeGrade> grades = new HashMap<>();
        if (rollUp != null) {
            collect(rollUp.sections(), grades);
        }
        return new PlanView(id, d.organization(), d.title(), FiscalYear.range(d.fiscalYears()),
                d.asOf() == null ? "" : Years.date(d.asOf()), d.source() == null ? "" : d.source().fileName(),
                Text.of(d.texts()), rollUp == null ? "" : FiscalYear.of(rollUp.fiscalYear()).label(),
                rollUp == null ? List.of() : GradeCount.of(rollUp.counts()),
                Outstanding.of(rollUp == null ? null : rollUp.counts().outstanding()),
                d.sections().stream().map(s -> SectionView.of(s, grades, related)).toList());
    }

    private static void collect(List<RollUp.SectionRollUp> sections, Map<String, RollUp.InitiativeGrade> grades) {
        for (RollUp.SectionRollUp s : sections) {
            s.initiatives().forEach(g -> grades.put(g.key(), g));
            collect(s.sections(), grades);
        }
    }

    record GradeCount(String grade, String label, int count) {
        static List<GradeCount> of(RollUp.Counts counts) {
            List<GradeCount> list = new java.util.ArrayList<>();
            for (Grade g : Grade.values()) {
                list.add(new GradeCount(g.name(), g.label(), counts.byGrade().get(g)));
            }
            list.add(new GradeCount("none", Grade.NONE_LABEL, counts.ungraded()));
            return list;
        }
    }

    /** Indicator-years left out of a grade, as message keys and counts for the page to word in the reader's language. */
    record Outstanding(boolean any, List<Item> items) {

        /** One kind: {@code key} a message taking the count and, for pending years, how many have a proposal. */
        record Item(String key, int count, int proposed) {
        }

        static Outstanding of(RollUp.Outstanding o) {
            List<Item> items = new java.util.ArrayList<>();
            if (o != null && o.pending() > 0) {
                items.add(new Item(o.proposed() > 0 ? "plan.outstanding.pendingProposed" : "plan.outstanding.pending",
                        o.pending(), o.proposed()));
            }
            if (o != null && o.provisional() > 0) {
                items.add(new Item("plan.outstanding.provisional", o.provisional(), 0));
            }
            if (o != null && o.notComparable() > 0) {
                items.add(new Item("plan.outstanding.notComparable", o.notComparable(), 0));
            }
            return new Outstanding(!items.isEmpty(), List.copyOf(items));
        }
    }

    record Text(String label, List<String> lines) {
        static List<Text> of(List<LabeledText> texts) {
            return texts.stream().map(t -> new Text(t.label(), t.text().lines().toList())).toList();
        }
    }

    record SectionView(String label, String title, List<Text> texts, List<SectionView> sections,
            List<InitiativeView> initiatives) {
        static SectionView of(Section s, Map<String, RollUp.InitiativeGrade> grades,
                Map<String, List<RelatedInitiative>> related) {
            return new SectionView(s.label(), s.title(), Text.of(s.texts()),
                    s.sections().stream().map(c -> of(c, grades, related)).toList(),
                    s.initiatives().stream().map(i -> InitiativeView.of(i, grades.get(i.key()),
                            related.getOrDefault(i.key(), List.of()))).toList());
        }
    }

    /** {@code anchor} is the id that search links to; {@code alike} the related initiatives of other plans. */
    record InitiativeView(String anchor, String code, String label, String title, List<String> owners,
            List<String> related, List<String> contacts, String targetFiscalYear, String grade, String gradeLabel,
            String gradeBasis, Outstanding outstanding, List<Text> texts, List<ScheduleView> schedule,
            List<IndicatorView> indicators, List<RelatedInitiative> alike) {
        static InitiativeView of(Initiative i, RollUp.InitiativeGrade grade, List<RelatedInitiative> alike) {
            boolean graded = grade != null && grade.grade() != null;
            return new InitiativeView(InitiativeLinks.anchor(i.key()), i.code(), i.label(), i.title(),
                    i.ownerDepartments(), i.relatedDepartments(),
                    i.contacts().stream().map(c -> c.department()
                            + (c.note() == null ? "" : "（" + c.note() + "）")
                            + (c.phone() == null ? "" : " " + c.phone())).toList(),
                    Years.label(i.targetFiscalYear()), graded ? grade.grade().name() : "",
                    graded ? grade.grade().label() : "", graded ? grade.basis() : "",
                    Outstanding.of(grade == null ? null : grade.outstanding()), Text.of(i.texts()),
                    i.schedule().stream().map(ScheduleView::of).toList(),
                    i.indicators().stream().map(IndicatorView::of).toList(), alike);
        }
    }

    record ScheduleView(String task, String years) {
        static ScheduleView of(ScheduleRow r) {
            return new ScheduleView(r.task(), String.join("、", r.fiscalYears().stream().map(Years::label).toList()));
        }
    }

    record IndicatorView(String label, String name, String note, String direction, String directionReason,
            boolean cumulative, Boolean offTrack, String offTrackReason, String baseline, List<ValueView> values) {
        static IndicatorView of(Indicator k) {
            String baseline = k.baseline() == null ? "" : Years.label(k.baseline().fiscalYear()) + " "
                    + text(k.baseline().value());
            // a name lost in the source stands as the label: say it once
            String name = k.name() != null && k.name().equals(k.label()) ? "" : k.name();
            return new IndicatorView(k.label(), name, k.note(), k.direction() == null ? "" : k.direction(), k.directionReason(),
                    Boolean.TRUE.equals(k.cumulative()), k.offTrack(), k.offTrackReason(), baseline.strip(),
                    k.values().stream().map(v -> ValueView.of(Years.label(v.fiscalYear()), v.name(), text(v.target()),
                            text(v.actual()), v.evaluation())).toList());
        }
    }

    /**
     * One year's row. {@code provisional} marks a projected actual (見込); {@code proposal} is a
     * grade proposed for a person to confirm ("" for none), with its reason; {@code trend} the
     * movement code (improved, unchanged, worsened or ""), with its values and any warning.
     */
    record ValueView(String fiscalYear, String name, String target, String actual, String rate, String grade,
            String gradeLabel, String basis, List<String> series, boolean provisional, String proposal,
            String proposalLabel, String proposalReason, String trend, String trendBasis, String trendWarning) {
        static ValueView of(String year, String name, String target, String actual, Evaluation e) {
            if (e == null) {
                return new ValueView(year, name, target, actual, "", "", "", "", List.of(), false, "", "", "", "", "", "");
            }
            Evaluation.Proposal p = e.proposal();
            Evaluation.Trend t = e.trend();
            return new ValueView(year, name, target, actual, e.rate() == null ? "" : e.rate().toPlainString() + "%",
                    e.grade() == null ? "none" : e.grade(), e.label(), e.basis(),
                    e.series().stream().map(s -> s.label() + ": " + (s.rate() == null ? "—" : s.rate().toPlainString() + "%")
                            + " " + (s.grade() == null ? "—" : s.grade())).toList(),
                    e.projected(), p == null ? "" : p.grade(), p == null ? "" : p.label(), p == null ? "" : p.reason(),
                    t == null ? "" : t.movement(), t == null ? "" : t.basis(),
                    t == null || t.warning() == null ? "" : t.warning());
        }
    }

    private static String text(Measure m) {
        return m == null ? "" : m.text();
    }
}
