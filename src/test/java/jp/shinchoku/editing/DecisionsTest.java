package jp.shinchoku.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import jp.shinchoku.audit.AuditEntry;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class DecisionsTest {

    @Autowired
    Decisions decisions;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ImportService imports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    long planId;
    long organizationId;
    Actor planner;

    @BeforeEach
    void loadKisarazuDxPlan() {
        TestDatabase.empty(jdbc);
        planId = imports.store(List.of(SeedDocuments.all().get(3)), "test").get(0).planId();
        organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
        planner = new Actor("kikaku", Actor.Authority.ORGANIZATION, organizationId, Set.of());
    }

    @Test
    void theOwnerDepartmentGradesATargetInWordsAndTheGradeStandsWithItsReason() {
        // 01-06 成果目標① 令和5年度: target 随時企業との協定を締結, actual 協定締結数0件 — waiting for a person
        long id = initiative("01-06");
        assertThat(evaluation("01-06", 2023).status()).isEqualTo("pending");

        decisions.judge(department("危機管理課"), new Decisions.Judge(id, "成果目標①", 2023, "D", "協定は締結できなかった"));

        Evaluation judged = evaluation("01-06", 2023);
        assertThat(judged.grade()).isEqualTo("D");
        assertThat(judged.status()).isEqualTo("judged");
        assertThat(judged.basis()).contains("協定は締結できなかった");
        assertThat(audit.latest(organizationId, 1).get(0).action()).isEqualTo("judge");
    }

    @Test
    void anotherDepartmentOrAViewerMayNotJudgeAndAJudgementNeedsAReason() {
        long id = initiative("01-06");
        assertThatThrownBy(() -> decisions.judge(department("産業振興課"),
                new Decisions.Judge(id, "成果目標①", 2023, "A", "x"))).isInstanceOf(Forbidden.class);
        Actor viewer = new Actor("etsuran", Actor.Authority.VIEWER, organizationId, Set.of());
        assertThatThrownBy(() -> decisions.judge(viewer, new Decisions.Judge(id, "成果目標①", 2023, "A", "x")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> decisions.judge(department("危機管理課"),
                new Decisions.Judge(id, "成果目標①", 2023, "A", " ")))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("invalid.reasonRequired"));
        assertThat(evaluation("01-06", 2023).status()).isEqualTo("pending");
    }

    @Test
    void onlyThePlanningDivisionSetsADirection() {
        long id = initiative("01-01");
        assertThatThrownBy(() -> decisions.setDirection(department("産業振興課"),
                new Decisions.SetDirection(id, "成果目標①", "decrease", "x"))).isInstanceOf(Forbidden.class);

        decisions.setDirection(planner, new Decisions.SetDirection(id, "成果目標①", "decrease", "利用金額は抑えたい"));

        Initiative evaluated = evaluated("01-01");
        assertThat(evaluated.indicators().get(0).direction()).isEqualTo("decrease");
        assertThat(evaluated.indicators().get(0).directionReason()).contains("利用金額は抑えたい");
    }

    @Test
    void anOrganisationsGradingChangesItsGrades() {
        // 01-01 成果目標① 令和6年度: 33,474 ÷ 60,000 = 55.8 %: C under the default C ≥ 50 %, D under C ≥ 60 %
        assertThat(evaluation("01-01", 2024).grade()).isEqualTo("C");

        decisions.setGrading(planner, new Decisions.SetGrading(organizationId, new BigDecimal("100"),
                new BigDecimal("80"), new BigDecimal("60"), "worst"));

        assertThat(evaluation("01-01", 2024).grade()).isEqualTo("D");
        assertThatThrownBy(() -> decisions.setGrading(planner, new Decisions.SetGrading(organizationId,
                new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("60"), "worst")))
                .isInstanceOf(Invalid.class);
        Actor otherOrganization = new Actor("chiba", Actor.Authority.ORGANIZATION, organizationId + 1000, Set.of());
        assertThatThrownBy(() -> decisions.setGrading(otherOrganization, new Decisions.SetGrading(organizationId,
                new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("50"), "worst"))).isInstanceOf(Forbidden.class);
    }

    @Test
    void aGradingChangeIsInTheAuditLogWithWhoWhatAndTheScaleBeforeAndAfter() {
        decisions.setGrading(planner, new Decisions.SetGrading(organizationId, new BigDecimal("100"),
                new BigDecimal("80"), new BigDecimal("60"), "worst"));
        decisions.setGrading(planner, new Decisions.SetGrading(organizationId, new BigDecimal("95"),
                new BigDecimal("75"), new BigDecimal("60"), "average"));

        // the first change starts from the default scale (A 100, B 80, C 50, worst); the second from the first
        assertThat(audit.latest(organizationId, 2)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject,
                AuditEntry::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kikaku", "set-grading", "organization 木更津市",
                                "A 100 / B 80 / C 60 / worst → A 95 / B 75 / C 60 / average"),
                        org.assertj.core.groups.Tuple.tuple("kikaku", "set-grading", "organization 木更津市",
                                "A 100 / B 80 / C 50 / worst → A 100 / B 80 / C 60 / worst"));
    }

    @Test
    void aRefusedGradingChangeLeavesNoAuditEntry() {
        int before = audit.latest(organizationId, 100).size();
        assertThatThrownBy(() -> decisions.setGrading(planner, new Decisions.SetGrading(organizationId,
                new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("60"), "worst"))).isInstanceOf(Invalid.class);
        assertThat(audit.latest(organizationId, 100)).hasSize(before);
    }

    private Evaluation evaluation(String code, int year) {
        return evaluated(code).indicators().get(0).valueFor(year).evaluation();
    }

    private Initiative evaluated(String code) {
        return evaluations.evaluatedPlan(planId).orElseThrow().allInitiatives().stream()
                .filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    @Test
    void theCommandLineNamesAnInitiativeByItsCodeAndARefusalSaysWhichPlanOrKeyIsWrong() {
        assertThat(decisions.initiativeId(planId, "01-06")).isEqualTo(initiative("01-06"));
        assertThatThrownBy(() -> decisions.initiativeId(planId, "99-99"))
                .isInstanceOf(EvaluationService.NotFound.class)
                .hasMessage("plan " + planId + " has no initiative \"99-99\"");
        assertThatThrownBy(() -> decisions.initiativeId(planId + 1000, "01-06"))
                .isInstanceOf(EvaluationService.NotFound.class).hasMessage("there is no plan " + (planId + 1000));
    }

    private long initiative(String code) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = ?").params(planId, code)
                .query(Long.class).single();
    }

    private Actor department(String name) {
        long id = jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = ?")
                .params(organizationId, name).query(Long.class).single();
        return new Actor("ka-" + id, Actor.Authority.DEPARTMENT, organizationId, Set.of(id));
    }
}
