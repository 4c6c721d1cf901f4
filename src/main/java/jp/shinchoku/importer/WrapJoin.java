package jp.shinchoku.importer;

import java.util.List;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;

/**
 * Applies {@link CellText#joinWraps} to what a seed importer read from a PDF's text: sections' and
 * initiatives' titles, indicator names (and a year's own name) and text labels. Bodies of text,
 * schedule tasks (whose spaces often part a heading from its description), values and codes are
 * left as read. The original wrapped text stays in the source file, which each stored revision
 * names (plan_revision.source_file).
 */
final class WrapJoin {

    private WrapJoin() {
    }

    static PlanDocument apply(PlanDocument d) {
        // the plan's title is the importer's own or the cover's words, whose spaces are meant
        return new PlanDocument(d.format(), d.organization(), d.title(), d.asOf(), d.fiscalYears(),
                d.source(), texts(d.texts()), d.sections().stream().map(WrapJoin::section).toList());
    }

    private static Section section(Section s) {
        return new Section(s.label(), CellText.joinWraps(s.title()), texts(s.texts()),
                s.sections().stream().map(WrapJoin::section).toList(),
                s.initiatives().stream().map(WrapJoin::initiative).toList());
    }

    private static Initiative initiative(Initiative i) {
        return new Initiative(i.code(), i.label(), CellText.joinWraps(i.title()), i.ownerDepartments(),
                i.relatedDepartments(), i.contacts(), i.targetFiscalYear(), texts(i.texts()), i.schedule(),
                i.indicators().stream().map(WrapJoin::indicator).toList());
    }

    private static Indicator indicator(Indicator k) {
        return new Indicator(k.label(), CellText.joinWraps(k.name()), k.note(), k.direction(), k.directionReason(),
                k.cumulative(), k.offTrack(), k.offTrackReason(), k.baseline(), k.values().stream()
                        .map(v -> new IndicatorValue(v.fiscalYear(), CellText.joinWraps(v.name()), v.target(), v.actual(),
                                v.note(), v.evaluation()))
                        .toList());
    }

    private static List<LabeledText> texts(List<LabeledText> texts) {
        return texts.stream().map(t -> new LabeledText(CellText.joinWraps(t.label()), t.text())).toList();
    }
}
