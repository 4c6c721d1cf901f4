package jp.shinchoku.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Measure;

/**
 * An indicator with its values per year worded, its latest grade and how it came about, and its
 * chart's data ("" when no year has a number to draw, as for targets in words).
 */
record IndicatorView(String id, String label, String name, String note, String direction, String directionReason,
        boolean cumulative, Boolean offTrack, String offTrackReason, String baseline, List<ValueView> values,
        String latestYear, String latestGrade, String latestWords, String latestBasis, String chart) {

    public String heading() {
        return ((label == null ? "" : label) + " " + (name == null ? "" : name)).strip();
    }

    static IndicatorView of(String id, Indicator k, InitiativeView.ChartWords words) {
        String baseline = k.baseline() == null ? "" : Years.label(k.baseline().fiscalYear()) + " "
                + text(k.baseline().value());
        // a name lost in the source stands as the label: say it once
        String name = k.name() != null && k.name().equals(k.label()) ? "" : k.name();
        List<ValueView> values = k.values().stream().map(ValueView::of).toList();
        IndicatorValue latest = null;
        for (IndicatorValue v : k.values()) {
            if (v.evaluation() != null && v.evaluation().grade() != null) {
                latest = v;
            }
        }
        Evaluation e = latest == null ? null : latest.evaluation();
        IndicatorView view = new IndicatorView(id, k.label(), name, k.note(), k.direction() == null ? "" : k.direction(),
                k.directionReason(), Boolean.TRUE.equals(k.cumulative()), k.offTrack(), k.offTrackReason(),
                baseline.strip(), values, latest == null ? "" : Years.label(latest.fiscalYear()),
                e == null ? "none" : e.grade(), e == null ? "" : Grades.words(e.grade(), e.label()),
                e == null ? "" : e.basis(), "");
        return view.withChart(chart(view, k, words));
    }

    private IndicatorView withChart(String newChart) {
        return new IndicatorView(id, label, name, note, direction, directionReason, cumulative, offTrack, offTrackReason,
                baseline, values, latestYear, latestGrade, latestWords, latestBasis, newChart);
    }

    private static String chart(IndicatorView view, Indicator k, InitiativeView.ChartWords words) {
        List<String> years = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> actuals = new ArrayList<>();
        String unit = null;
        boolean any = false;
        for (IndicatorValue v : k.values()) {
            years.add(Years.label(v.fiscalYear()));
            targets.add(number(v.target()));
            actuals.add(number(v.actual()));
            any |= number(v.target()) != null || number(v.actual()) != null;
            unit = unit != null ? unit : v.target() != null && v.target().unit() != null ? v.target().unit()
                    : v.actual() != null ? v.actual().unit() : null;
        }
        return any ? ChartData.indicator(view.heading(), unit, years, targets, actuals, words.target(), words.actual())
                : "";
    }

    private static BigDecimal number(Measure m) {
        return m == null ? null : m.number();
    }

    static String text(Measure m) {
        return m == null ? "" : m.text();
    }

    /**
     * One year's row. {@code provisional} marks a projected actual (見込); {@code proposal} is a
     * grade proposed for a person to confirm ("" for none), with its reason; {@code trend} the
     * movement code (improved, unchanged, worsened or ""), with its values and any warning.
     */
    record ValueView(String fiscalYear, String name, String target, String actual, String rate, String grade,
            String gradeWords, String basis, List<String> series, boolean provisional, String proposal,
            String proposalWords, String proposalReason, String trend, String trendBasis, String trendWarning,
            String note) {

        static ValueView of(IndicatorValue v) {
            String year = Years.label(v.fiscalYear());
            Evaluation e = v.evaluation();
            if (e == null) {
                return new ValueView(year, v.name(), text(v.target()), text(v.actual()), "", "", "", "", List.of(),
                        false, "", "", "", "", "", "", v.note());
            }
            Evaluation.Proposal p = e.proposal();
            Evaluation.Trend t = e.trend();
            return new ValueView(year, v.name(), text(v.target()), text(v.actual()),
                    e.rate() == null ? "" : e.rate().toPlainString() + "%", e.grade() == null ? "none" : e.grade(),
                    Grades.words(e.grade(), e.label()), e.basis(),
                    e.series().stream().map(s -> s.label() + ": " + (s.rate() == null ? "—" : s.rate().toPlainString() + "%")
                            + " " + (s.grade() == null ? "—" : s.grade())).toList(),
                    e.projected(), p == null ? "" : p.grade(), p == null ? "" : Grades.words(p.grade(), p.label()),
                    p == null ? "" : p.reason(), t == null ? "" : t.movement(), t == null ? "" : t.basis(),
                    t == null || t.warning() == null ? "" : t.warning(), v.note());
        }
    }
}
