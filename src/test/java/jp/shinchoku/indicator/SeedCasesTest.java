package jp.shinchoku.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.importer.Seeds;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Evaluation.Proposal;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 8 on the cells of seed 003 (木更津市 DX 施策シート) themselves. Indicators
 * are found by initiative code and label, so that a change in how names are joined does not matter.
 */
class SeedCasesTest {

    private static PlanDocument dx;

    @BeforeAll
    static void evaluate() {
        dx = Evaluator.evaluate(SeedDocuments.all().stream().filter(p -> p.source().fileName().equals(Seeds.DX_SHEETS))
                .findFirst().orElseThrow(), EvaluationInputs.DEFAULT);
    }

    private static Initiative initiative(String code) {
        return dx.allInitiatives().stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    private static Evaluation at(String code, String label, int year) {
        return initiative(code).indicators().stream().filter(k -> k.label().equals(label)).map(k -> k.valueFor(year))
                .filter(v -> v != null && v.evaluation() != null).findFirst().orElseThrow().evaluation();
    }

    @Test
    void theDroneLicencesStillBeingAppliedForAreRatedAsAProjection() {
        Evaluation e = at("01-06", "成果目標②", 2024);
        assertThat(e.rate()).isEqualByComparingTo("100.0");
        assertThat(e.grade()).isEqualTo("A");
        assertThat(e.projected()).isTrue();
        assertThat(e.basis()).isEqualTo("実績 3人 ÷ 目標 3人 = 100.0%（見込: 実績に「申請中」、確定値ではない）");
    }

    @Test
    void booksBorrowedAreRatedAgainstThePreviousYearsActualSeriesBySeries() {
        Evaluation rose = at("01-13", "成果目標③", 2023);
        assertThat(rose.grade()).isEqualTo("A");
        assertThat(rose.series()).extracting(s -> s.label() + " " + s.rate() + " " + s.grade())
                .containsExactly("小 100.9 A", "中 116.0 A");
        assertThat(rose.series().get(0).basis())
                .isEqualTo("実績 23.7冊 ÷ 前年度実績 23.5冊 = 100.9%（目標「前年比増加」を満たす）");
        Evaluation level = at("01-13", "成果目標③", 2024);
        assertThat(level.grade()).isEqualTo("B");
        assertThat(level.series()).extracting(s -> s.label() + " " + s.rate() + " " + s.grade())
                .containsExactly("小 116.5 A", "中 100.0 B");
        assertThat(at("01-13", "成果目標③", 2022).status()).as("全校平均貸出冊数算出 is words").isEqualTo("pending");
    }

    @Test
    void wordTargetsWhoseOutcomeIsPlainGetAProposal() {
        assertThat(at("02-05", "成果目標②", 2023).proposal())
                .isEqualTo(new Proposal("A", "達成", "proposed", "実績が目標の「作成」を行ったと記載"));
        assertThat(at("02-05", "成果目標①", 2022).proposal().grade()).isEqualTo("A");
        assertThat(at("04-02", "成果目標③", 2022).proposal().grade()).isEqualTo("A");
        assertThat(at("01-12", "成果目標①", 2022).proposal().grade()).isEqualTo("A");
        assertThat(at("03-02", "成果目標③", 2023).proposal())
                .isEqualTo(new Proposal("D", "未達成", "proposed", "実績に「調整中」: まだ完了していない"));
        assertThat(at("03-02", "成果目標③", 2023).grade()).as("until a person confirms it").isNull();
    }

    @Test
    void anInitiativeGradeShowsTheIndicatorsLeftOutOfIt() {
        RollUp.InitiativeGrade procurement = RollUp.initiative(initiative("03-02"), 2024, GradeScale.DEFAULT);
        assertThat(procurement.grade()).isEqualTo(Grade.A);
        assertThat(procurement.outstanding().words()).isEqualTo("判定待ち 2件（うち提案 1件）");
        RollUp.InitiativeGrade drones = RollUp.initiative(initiative("01-06"), 2024, GradeScale.DEFAULT);
        assertThat(drones.grade()).as("its only graded year is a projection").isNull();
        assertThat(drones.outstanding().words()).isEqualTo("判定待ち 1件（うち提案 1件）、見込 1件");
    }

    @Test
    void theNonReadingRateIsFlaggedAsWorseningThoughItsGradeIsC() {
        Evaluation e = at("01-13", "成果目標①", 2024);
        assertThat(e.grade()).isEqualTo("C");
        assertThat(e.trend().label()).isEqualTo("悪化");
        assertThat(e.trend().basis()).isEqualTo("令和5年度 → 令和6年度: 小 11.7% → 13.8%、中 15.2% → 15.7%（少ないほど良い）");
        assertThat(e.trend().warning()).isNotNull();
        assertThat(at("01-13", "成果目標①", 2023).trend().warning()).isNotNull();
        assertThat(at("01-13", "成果目標①", 2022).trend()).as("no 2021 actual").isNull();
    }

    @Test
    void theDamageToCropsFellEveryYearSoItsDecreaseIsNotFlagged() {
        Evaluation e = at("01-03", "成果目標②", 2024);
        assertThat(e.trend().label()).isEqualTo("改善");
        assertThat(e.trend().basis()).isEqualTo("令和5年度 → 令和6年度: 13,759千円 → 13,179千円（少ないほど良い）");
        assertThat(e.trend().warning()).isNull();
    }

    @Test
    void thePlansRollUpCountsWhatIsLeftOut() {
        RollUp.PlanRollUp r = RollUp.of(dx, 2024, GradeScale.DEFAULT);
        assertThat(r.counts().byGrade().get(Grade.A)).as("01-06 no longer A on a projection").isEqualTo(9);
        assertThat(r.counts().ungraded()).isEqualTo(4);
        assertThat(r.counts().outstanding()).isEqualTo(new RollUp.Outstanding(9, 3, 1, 1));
    }

    @Test
    void theProposalsOfAPlanAreListedWithTheKeysAJudgementTakes() {
        assertThat(ProposedJudgement.in(dx)).hasSize(11).contains(
                new ProposedJudgement("03-02", "成果目標③", 2024, Grade.D, "実績に「調整中」: まだ完了していない"),
                new ProposedJudgement("04-02", "成果目標③", 2022, Grade.A, "実績が目標の「実施」を行ったと記載"));
    }
}
