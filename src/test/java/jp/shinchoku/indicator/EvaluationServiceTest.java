package jp.shinchoku.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import jp.shinchoku.audit.AuditEntry;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.PlanReader;
import jp.shinchoku.importer.SourceText;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class EvaluationServiceTest {

    @Autowired
    EvaluationService evaluations;

    @Autowired
    PlanStore plans;

    @Autowired
    AuditLog audit;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    private long dxPlan;

    @BeforeEach
    void loadSeeds() {
        dxPlan = TestDatabase.reloadSeeds(jdbc, imports).get(3).planId();
    }

    private Indicator indicator(long planId, String code, String label) {
        return evaluations.evaluatedPlan(planId).orElseThrow().allInitiatives().stream()
                .filter(i -> i.key().equals(code)).findFirst().orElseThrow()
                .indicators().stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aJudgementGradesAQualitativeYearAndEveryJudgementIsKept() {
        evaluations.judge(dxPlan, "01-12", "成果目標①", 2022, Grade.B, "一斉学習は概ね遅延なし", "佐藤");
        evaluations.judge(dxPlan, "01-12", "成果目標①", 2022, Grade.A, "全校で遅延なしと確認", "鈴木");

        var evaluation = indicator(dxPlan, "01-12", "成果目標①").valueFor(2022).evaluation();
        assertThat(evaluation.grade()).isEqualTo("A");
        assertThat(evaluation.status()).isEqualTo("judged");
        assertThat(evaluation.basis()).isEqualTo("担当者の判断（鈴木）: 全校で遅延なしと確認");
        assertThat(jdbc.sql("SELECT count(*) FROM judgement").query(Long.class).single()).isEqualTo(2);

        evaluations.judge(dxPlan, "01-12", "成果目標①", 2022, null, "判断を取り消す", "鈴木");
        assertThat(indicator(dxPlan, "01-12", "成果目標①").valueFor(2022).evaluation().status()).isEqualTo("pending");
        assertThat(jdbc.sql("SELECT count(*) FROM judgement").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aDirectionSetByAPersonChangesTheRatesUntilItIsWithdrawn() {
        assertThat(indicator(dxPlan, "01-16", "成果目標①").valueFor(2024).evaluation().rate()).isEqualByComparingTo("130.8");
        evaluations.setDirection(dxPlan, "01-16", "成果目標①", Direction.DECREASE, "試しに逆向きにする", "健康推進課");

        Indicator k = indicator(dxPlan, "01-16", "成果目標①");
        assertThat(k.direction()).isEqualTo("decrease");
        assertThat(k.valueFor(2024).evaluation().rate()).isEqualByComparingTo("76.4");

        evaluations.setDirection(dxPlan, "01-16", "成果目標①", null, "推定に戻す", "健康推進課");
        assertThat(indicator(dxPlan, "01-16", "成果目標①").direction()).isEqualTo("increase");
    }

    @Test
    void anExportedPlanComesBackWithTheDirectionsPeopleChose() throws Exception {
        evaluations.setDirection(dxPlan, "01-16", "成果目標①", Direction.MAINTAIN, "登録者数を維持する", "健康推進課");
        String exported = PlanDocumentJson.write(evaluations.evaluatedPlan(dxPlan).orElseThrow());

        TestDatabase.empty(jdbc);
        PlanDocument read = PlanReader.withAllLayouts().read(SourceText.of("dx.json", exported), ImportOptions.NONE);
        long again = imports.store(List.of(read), "test").get(0).planId();

        Indicator k = indicator(again, "01-16", "成果目標①");
        assertThat(k.direction()).isEqualTo("maintain");
        assertThat(k.directionReason()).isEqualTo("利用者が設定（test）: 登録者数を維持する");
        assertThat(PlanDocumentJson.write(evaluations.evaluatedPlan(again).orElseThrow()))
                .isEqualTo(exported.replace("利用者が設定（健康推進課）", "利用者が設定（test）"));
    }

    @Test
    void anOrganisationsGradingAppliesToItsPlans() {
        assertThat(indicator(dxPlan, "01-03", "成果目標②").valueFor(2022).evaluation().grade()).isEqualTo("B");
        evaluations.setScale(plans.findOrganization("木更津市").orElseThrow(), new GradeScale(BigDecimal.valueOf(99),
                BigDecimal.valueOf(90), BigDecimal.valueOf(50), GradeScale.RollUp.AVERAGE), "test");
        assertThat(indicator(dxPlan, "01-03", "成果目標②").valueFor(2022).evaluation().grade()).isEqualTo("A");
        assertThat(evaluations.scale("木更津市").rollUp()).isEqualTo(GradeScale.RollUp.AVERAGE);
        assertThat(evaluations.scale("千葉県")).isEqualTo(GradeScale.DEFAULT);
    }

    @Test
    void aScaleSetWithoutTheEditingModuleStillHasItsAuditEntry() {
        long kisarazu = plans.findOrganization("木更津市").orElseThrow();
        evaluations.setScale(kisarazu, new GradeScale(BigDecimal.valueOf(90), BigDecimal.valueOf(70),
                BigDecimal.valueOf(40), GradeScale.RollUp.AVERAGE), "batch");

        // the seeds set no grading, so the change starts from the default A 100 / B 80 / C 50 / worst
        assertThat(audit.latest(kisarazu, 1)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject,
                AuditEntry::detail).containsExactly(org.assertj.core.groups.Tuple.tuple("batch", "set-grading",
                        "organization 木更津市", "A 100 / B 80 / C 50 / worst → A 90 / B 70 / C 40 / average"));
        assertThat(evaluations.scale(kisarazu).a()).isEqualByComparingTo("90");
    }

    @Test
    void aScaleOfAnOrganisationThatIsNotRegisteredIsRefusedAndNothingIsWritten() {
        long unknown = jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM organization").query(Long.class).single();
        assertThatThrownBy(() -> evaluations.setScale(unknown, GradeScale.DEFAULT, "batch"))
                .isInstanceOf(EvaluationService.NotFound.class);
        assertThat(jdbc.sql("SELECT count(*) FROM grading").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'set-grading'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aDecisionAboutAnIndicatorThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> evaluations.judge(dxPlan, "09-99", "成果目標①", 2022, Grade.A, "x", "x"))
                .isInstanceOf(EvaluationService.NotFound.class).hasMessageContaining("no initiative \"09-99\"");
        assertThatThrownBy(() -> evaluations.setDirection(dxPlan, "01-01", "成果目標⑨", Direction.DECREASE, "x", "x"))
                .isInstanceOf(EvaluationService.NotFound.class).hasMessageContaining("no indicator \"成果目標⑨\"");
        assertThat(jdbc.sql("SELECT count(*) FROM judgement").query(Long.class).single()).isZero();
    }
}
