package jp.shinchoku.site;

import java.util.List;
import java.util.TreeSet;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.search.RelatedInitiative;

/**
 * One initiative as its page shows it: texts, departments, the schedule as a table over fiscal
 * years, each indicator with its chart and table, its grade in words, and related initiatives.
 */
record InitiativeView(String code, String label, String title, List<String> owners, List<String> related,
        List<String> contacts, String targetFiscalYear, String grade, String gradeWords, String gradeBasis,
        String gradedYear, Outstanding outstanding, List<Text> texts, Schedule schedule,
        List<IndicatorView> indicators, List<RelatedInitiative> alike) {

    /** The heading of the page: "01-16 子育てアプリを活用した…". */
    public String heading() {
        return ((code == null ? "" : code + " ") + (label == null ? "" : label + " ") + title).strip();
    }

    static InitiativeView of(Initiative i, RollUp.InitiativeGrade grade, Integer gradedYear,
            List<RelatedInitiative> alike, ChartWords words) {
        boolean graded = grade != null && grade.grade() != null;
        List<IndicatorView> indicators = new java.util.ArrayList<>();
        for (int n = 0; n < i.indicators().size(); n++) {
            indicators.add(IndicatorView.of("k" + (n + 1), i.indicators().get(n), words));
        }
        return new InitiativeView(i.code(), i.label(), i.title(), i.ownerDepartments(), i.relatedDepartments(),
                i.contacts().stream().map(c -> c.department() + (c.note() == null ? "" : "（" + c.note() + "）")
                        + (c.phone() == null ? "" : " " + c.phone())).toList(),
                Years.label(i.targetFiscalYear()), graded ? grade.grade().name() : "none",
                Grades.words(graded ? grade.grade() : null), grade == null ? "" : grade.basis(),
                Years.label(gradedYear), Outstanding.of(grade == null ? null : grade.outstanding()), Text.of(i.texts()),
                Schedule.of(i.schedule()), List.copyOf(indicators), alike);
    }

    /** Tasks down, fiscal years across; a task runs in the years marked. */
    record Schedule(List<String> years, List<Row> rows) {

        record Row(String task, List<Boolean> runs) {
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        static Schedule of(List<ScheduleRow> schedule) {
            TreeSet<Integer> all = new TreeSet<>();
            schedule.forEach(r -> all.addAll(r.fiscalYears()));
            List<Row> rows = schedule.stream()
                    .map(r -> new Row(r.task(), all.stream().map(y -> r.fiscalYears().contains(y)).toList())).toList();
            return new Schedule(all.stream().map(y -> FiscalYear.of(y).label()).toList(), rows);
        }
    }

    /** The words a chart's legend uses, in the reader's language. */
    record ChartWords(String target, String actual) {
    }
}
