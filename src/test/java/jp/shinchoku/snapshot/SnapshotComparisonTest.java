package jp.shinchoku.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.snapshot.SnapshotComparison.Change;
import jp.shinchoku.snapshot.SnapshotComparison.InitiativeChanges;
import jp.shinchoku.snapshot.SnapshotComparison.Kind;
import jp.shinchoku.snapshot.SnapshotComparison.Line;
import jp.shinchoku.snapshot.SnapshotComparison.Mark;
import org.junit.jupiter.api.Test;

class SnapshotComparisonTest {

    private static Initiative initiative(String code, String title, String text, String actual, Evaluation e) {
        Indicator k = new Indicator("成果目標①", "利用件数", null, null, List.of(
                new IndicatorValue(2023, null, Measure.of("100件"), actual == null ? null : Measure.of(actual), null, e)));
        return new Initiative(code, null, title, List.of("情報経営課"), List.of(), List.of(), null,
                text == null ? List.of() : List.of(new LabeledText("取組内容", text)), List.of(), List.of(k));
    }

    private static Evaluation graded(String grade, String label, String rate) {
        return new Evaluation(new BigDecimal(rate), grade, label, "rated", "実績 ÷ 目標", List.of());
    }

    private static PlanDocument plan(Initiative... initiatives) {
        return new PlanDocument(PlanDocument.FORMAT, "木更津市", "DX推進計画", null, List.of(2023), null, List.of(),
                List.of(new Section("01", null, List.of(), List.of(), List.of(initiatives))));
    }

    @Test
    void twoEqualSnapshotsHaveNoDifference() {
        PlanDocument p = plan(initiative("01-01", "地域通貨", "説明", "90件", graded("B", "概ね達成", "90.0")));
        assertThat(SnapshotComparison.between(p, p).isEmpty()).isTrue();
    }

    @Test
    void aNewActualShowsTheValueAndTheGradeThatChangedWithBothRates() {
        PlanDocument before = plan(initiative("01-01", "地域通貨", "説明", "85件", graded("B", "概ね達成", "85.0")));
        PlanDocument after = plan(initiative("01-01", "地域通貨", "説明", "102件", graded("A", "達成", "102.0")));

        List<InitiativeChanges> changes = SnapshotComparison.between(before, after).initiatives();

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).kind()).isEqualTo(Kind.CHANGED);
        assertThat(changes.get(0).key()).isEqualTo("01-01");
        assertThat(changes.get(0).changes()).extracting(Change::field, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("成果目標① 令和5年度 (2023) 実績 (actual)", "85件", "102件"),
                org.assertj.core.groups.Tuple.tuple("成果目標① 令和5年度 (2023) 評価 (grade)", "B 概ね達成 (85.0%)",
                        "A 達成 (102.0%)"));
    }

    @Test
    void aTextThatChangedInOneLineMarksOnlyThatLine() {
        PlanDocument before = plan(initiative("01-01", "地域通貨", "導入する\n周知する\n評価する", null, null));
        PlanDocument after = plan(initiative("01-01", "地域通貨", "導入する\n広く周知する\n評価する", null, null));

        Change text = SnapshotComparison.between(before, after).initiatives().get(0).changes().get(0);

        assertThat(text.field()).isEqualTo("取組内容");
        assertThat(text.lines()).containsExactly(new Line(Mark.SAME, "導入する"), new Line(Mark.REMOVED, "周知する"),
                new Line(Mark.ADDED, "広く周知する"), new Line(Mark.SAME, "評価する"));
    }

    @Test
    void initiativesAddedAndRemovedAreNamedOnceEach() {
        PlanDocument before = plan(initiative("01-01", "地域通貨", null, null, null),
                initiative("01-02", "スマート農業", null, null, null));
        PlanDocument after = plan(initiative("01-01", "地域通貨", null, null, null),
                initiative("01-03", "鳥獣害対策", null, null, null));

        assertThat(SnapshotComparison.between(before, after).initiatives())
                .extracting(InitiativeChanges::code, InitiativeChanges::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("01-03", Kind.ADDED),
                        org.assertj.core.groups.Tuple.tuple("01-02", Kind.REMOVED));
    }

    @Test
    void aGradeGivenWhereThereWasNoneIsAChangeFromNothing() {
        PlanDocument before = plan(initiative("01-01", "地域通貨", null, "50件", null));
        PlanDocument after = plan(initiative("01-01", "地域通貨", null, "50件", graded("C", "一部達成", "50.0")));

        Change grade = SnapshotComparison.between(before, after).initiatives().get(0).changes().get(0);

        assertThat(grade.before()).isNull();
        assertThat(grade.after()).isEqualTo("C 一部達成 (50.0%)");
        assertThat(grade.lines()).containsExactly(new Line(Mark.ADDED, "C 一部達成 (50.0%)"));
    }
}
