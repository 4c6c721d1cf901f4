package jp.shinchoku.indicator;

import static jp.shinchoku.indicator.Cells.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.shinchoku.indicator.RollUp.InitiativeGrade;
import jp.shinchoku.indicator.RollUp.Outstanding;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import org.junit.jupiter.api.Test;

/** Roll-ups of constructed initiatives: only confirmed grades count, the rest is counted beside them. */
class RollUpTest {

    private static final GradeScale AVERAGE = new GradeScale(BigDecimal.valueOf(100), BigDecimal.valueOf(80),
            BigDecimal.valueOf(50), GradeScale.RollUp.AVERAGE);

    /** An initiative whose indicators are evaluated with {@code scale}, each one the cells of one year, 2024. */
    private static Initiative initiative(GradeScale scale, String[]... cells) {
        return Cells.initiative(Arrays.stream(cells).map(c -> indicator("指標").year(2024, c[0], c[1]).evaluated(scale))
                .toArray(Indicator[]::new));
    }

    private static String[] cells(String target, String actual) {
        return new String[] {target, actual};
    }

    @Test
    void theWorstConfirmedGradeDecidesAndThePendingOnesAreCountedBeside() {
        InitiativeGrade g = RollUp.initiative(initiative(GradeScale.DEFAULT, cells("100件", "120件"), cells("100件", "85件"),
                cells("全庁的に本格運用", "運用に向けて調整中"), cells("情報発信の検証", "数値測定に留まった")), 2024, GradeScale.DEFAULT);
        assertThat(g.grade()).isEqualTo(Grade.B);
        assertThat(g.basis()).isEqualTo("2指標のうち最も低い評価");
        assertThat(g.outstanding()).isEqualTo(new Outstanding(2, 1, 0, 0));
        assertThat(g.outstanding().words()).isEqualTo("判定待ち 2件（うち提案 1件）");
    }

    @Test
    void aProvisionalYearIsNotCountedAsAchieved() {
        InitiativeGrade g = RollUp.initiative(initiative(GradeScale.DEFAULT, cells("3人", "3人(申請中)"), cells("100件", "60件")),
                2024, GradeScale.DEFAULT);
        assertThat(g.grade()).isEqualTo(Grade.C);
        assertThat(g.outstanding().words()).isEqualTo("見込 1件");
        InitiativeGrade only = RollUp.initiative(initiative(GradeScale.DEFAULT, cells("3人", "3人(見込)")), 2024, GradeScale.DEFAULT);
        assertThat(only.grade()).isNull();
        assertThat(only.basis()).isEqualTo("評価できる指標なし");
        assertThat(only.outstanding()).isEqualTo(new Outstanding(0, 0, 1, 0));
    }

    @Test
    void yearsThatCannotBeComparedAreCountedBeside() {
        InitiativeGrade g = RollUp.initiative(initiative(GradeScale.DEFAULT, cells("5箇所以上", "3回"), cells("1回", "1回")),
                2024, GradeScale.DEFAULT);
        assertThat(g.grade()).isEqualTo(Grade.A);
        assertThat(g.outstanding().words()).isEqualTo("比較不能 1件");
        assertThat(new Outstanding(1, 0, 2, 3).words()).isEqualTo("判定待ち 1件、見込 2件、比較不能 3件");
        assertThat(new Outstanding(1, 0, 2, 3).total()).isEqualTo(6);
        assertThat(Outstanding.NONE.words()).isEmpty();
    }

    @Test
    void theAverageRollUpTakesTheGradeOfTheAverageRate() {
        InitiativeGrade g = RollUp.initiative(initiative(AVERAGE, cells("100件", "120件"), cells("100件", "70件")), 2024, AVERAGE);
        assertThat(g.basis()).isEqualTo("2指標の達成率の平均 95.0%");
        assertThat(g.grade()).isEqualTo(Grade.B);
    }

    @Test
    void theAverageCountsAYearWithoutARateAtTheFloorOfItsGradeAndASeriesAtItsLowestRate() {
        InitiativeGrade g = RollUp.initiative(initiative(AVERAGE, cells("整備完了", "整備完了"), cells("小 10件 中 10件", "小 9件 中 5件")),
                2024, AVERAGE);
        assertThat(g.basis()).as("(100 + 50) ÷ 2").isEqualTo("2指標の達成率の平均 75.0%");
        assertThat(g.grade()).isEqualTo(Grade.C);
    }

    private static Indicator judged(Grade grade) {
        var key = new EvaluationInputs.YearKey(new EvaluationInputs.IndicatorKey("x", "指標①"), 2024);
        return indicator("取組").year(2024, "運用", "一部で運用")
                .evaluated(new EvaluationInputs(AVERAGE, Map.of(), Map.of(key, new Judgement(grade, "確認済み", "佐藤"))));
    }

    @Test
    void theAverageOfJudgedYearsCountsEachAtTheFloorOfItsGrade() {
        assertThat(RollUp.initiative(Cells.initiative(judged(Grade.B), judged(Grade.C)), 2024, AVERAGE).basis())
                .as("(80 + 50) ÷ 2").isEqualTo("2指標の達成率の平均 65.0%");
        assertThat(RollUp.initiative(Cells.initiative(judged(Grade.A), judged(Grade.D)), 2024, AVERAGE).basis())
                .as("(100 + 0) ÷ 2").isEqualTo("2指標の達成率の平均 50.0%");
    }

    @Test
    void sectionsAndThePlanAddUpInitiativesAndWhatIsLeftOutOfTheirGrades() {
        Initiative good = initiative(GradeScale.DEFAULT, cells("100件", "120件"), cells("運用開始", "調整中"));
        Initiative open = initiative(GradeScale.DEFAULT, cells("3人", "3人(見込み)"));
        Section child = new Section("①", "子", List.of(), List.of(), List.of(open));
        Section top = new Section("1", "柱", List.of(), List.of(child), List.of(good));
        PlanDocument plan = new PlanDocument(null, "x", "計画", null, List.of(2024), null, List.of(), List.of(top));
        RollUp.PlanRollUp rollUp = RollUp.ofLatestYear(plan, GradeScale.DEFAULT).orElseThrow();
        assertThat(rollUp.fiscalYear()).isEqualTo(2024);
        assertThat(rollUp.counts().byGrade().get(Grade.A)).isEqualTo(1);
        assertThat(rollUp.counts().ungraded()).isEqualTo(1);
        assertThat(rollUp.counts().total()).isEqualTo(2);
        assertThat(rollUp.counts().outstanding()).isEqualTo(new Outstanding(1, 1, 1, 0));
        assertThat(rollUp.sections().get(0).sections().get(0).counts().outstanding()).isEqualTo(new Outstanding(0, 0, 1, 0));
    }

    @Test
    void aPlanWithNothingGradedHasNoRollUp() {
        Initiative waiting = initiative(GradeScale.DEFAULT, cells("情報発信の検証", "数値測定に留まった"));
        PlanDocument plan = new PlanDocument(null, "x", "計画", null, List.of(2024), null, List.of(),
                List.of(new Section("1", "柱", List.of(), List.of(), List.of(waiting))));
        assertThat(RollUp.ofLatestYear(plan, GradeScale.DEFAULT)).isEmpty();
        assertThat(RollUp.latestGradedYear(plan)).isNull();
    }
}
