package jp.shinchoku.plan.web;

import java.util.List;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;

/** One plan as its page shows it: the document's tree with years and values already worded. */
record PlanView(long id, String organization, String title, String fiscalYears, String asOf, String source,
        List<Text> texts, List<SectionView> sections) {

    static PlanView of(long id, PlanDocument d) {
        return new PlanView(id, d.organization(), d.title(), Years.range(d.fiscalYears()),
                d.asOf() == null ? "" : Years.date(d.asOf()), d.source() == null ? "" : d.source().fileName(),
                Text.of(d.texts()), d.sections().stream().map(SectionView::of).toList());
    }

    record Text(String label, List<String> lines) {
        static List<Text> of(List<LabeledText> texts) {
            return texts.stream().map(t -> new Text(t.label(), t.text().lines().toList())).toList();
        }
    }

    record SectionView(String label, String title, List<Text> texts, List<SectionView> sections,
            List<InitiativeView> initiatives) {
        static SectionView of(Section s) {
            return new SectionView(s.label(), s.title(), Text.of(s.texts()),
                    s.sections().stream().map(SectionView::of).toList(),
                    s.initiatives().stream().map(InitiativeView::of).toList());
        }
    }

    record InitiativeView(String code, String label, String title, List<String> owners, List<String> related,
            List<String> contacts, String targetFiscalYear, List<Text> texts, List<ScheduleView> schedule,
            List<IndicatorView> indicators) {
        static InitiativeView of(Initiative i) {
            return new InitiativeView(i.code(), i.label(), i.title(), i.ownerDepartments(), i.relatedDepartments(),
                    i.contacts().stream().map(c -> c.department()
                            + (c.note() == null ? "" : "（" + c.note() + "）")
                            + (c.phone() == null ? "" : " " + c.phone())).toList(),
                    Years.label(i.targetFiscalYear()), Text.of(i.texts()),
                    i.schedule().stream().map(ScheduleView::of).toList(),
                    i.indicators().stream().map(IndicatorView::of).toList());
        }
    }

    record ScheduleView(String task, String years) {
        static ScheduleView of(ScheduleRow r) {
            return new ScheduleView(r.task(), String.join("、", r.fiscalYears().stream().map(Years::label).toList()));
        }
    }

    record IndicatorView(String label, String name, String note, String baseline, List<ValueView> values) {
        static IndicatorView of(Indicator k) {
            String baseline = k.baseline() == null ? "" : Years.label(k.baseline().fiscalYear()) + " "
                    + text(k.baseline().value());
            return new IndicatorView(k.label(), k.name(), k.note(), baseline.strip(), k.values().stream()
                    .map(v -> new ValueView(Years.label(v.fiscalYear()), v.name(), text(v.target()), text(v.actual())))
                    .toList());
        }
    }

    record ValueView(String fiscalYear, String name, String target, String actual) {
    }

    private static String text(Measure m) {
        return m == null ? "" : m.text();
    }
}
