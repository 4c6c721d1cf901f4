package jp.shinchoku.indicator;

import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.importer.Seeds;
import jp.shinchoku.indicator.EvaluationInputs.IndicatorKey;
import jp.shinchoku.indicator.EvaluationInputs.YearKey;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Evaluation.SeriesEvaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Evaluations of the seed plans, checked against the rules by hand. */
class EvaluatorTest {

    private static List<PlanDocument> plans;

    @BeforeAll
    static void evaluateSeeds() {
        plans = SeedDocuments.all().stream().map(p -> Evaluator.evaluate(p, EvaluationInputs.DEFAULT)).toList();
    }

    private static PlanDocument plan(String file) {
        return plans.stream().filter(p -> p.source().fileName().equals(file)).findFirst().orElseThrow();
    }

    private static Indicator dx(String code, String label) {
        return plan(Seeds.DX_SHEETS).allInitiatives().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow()
                .indicators().stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow();
    }

    private static Evaluation dx(String code, String label, int year) {
        return dx(code, label).valueFor(year).evaluation();
    }

    private static void rated(Evaluation e, String rate, String grade) {
        assertThat(e.rate()).isEqualByComparingTo(rate);
        assertThat(e.grade()).isEqualTo(grade);
        assertThat(e.status()).isEqualTo("rated");
    }

    @Test
    void ratesAnIncreaseAsActualOverTarget() {
        Evaluation e = dx("01-01", "成果目標①", 2022);
        rated(e, "135.1", "A");
        assertThat(e.label()).isEqualTo("達成");
        assertThat(e.basis()).isEqualTo("実績 40,529千円 ÷ 目標 30,000千円 = 135.1%");
        rated(dx("01-01", "成果目標①", 2024), "55.8", "C");
        rated(dx("01-01", "成果目標②", 2022), "68.9", "C");
        rated(dx("01-16", "成果目標①", 2024), "130.8", "A");
        rated(dx("01-08", "成果目標①", 2022), "24.5", "D");
        assertThat(dx("01-08", "成果目標①", 2022).label()).isEqualTo("未達成");
    }

    @Test
    void ratesADecreaseWithoutBaselineAsTargetOverActual() {
        Evaluation damage = dx("01-03", "成果目標②", 2022);
        rated(damage, "99.8", "B");
        assertThat(damage.label()).isEqualTo("概ね達成");
        assertThat(damage.basis()).startsWith("目標 15,900千円 ÷ 実績 15,926千円 = 99.8%");
        rated(dx("01-14", "成果目標①", 2022), "116.7", "A");
        rated(dx("01-14", "成果目標②", 2024), "150.0", "A");
        assertThat(dx("01-14", "成果目標②").direction()).isEqualTo("decrease");
    }

    @Test
    void ratesADecreaseWithABaselineAgainstTheDistanceToGo() {
        Indicator overtime = new Indicator("指標①", "時間外勤務時間", null, new Baseline(2022, Measure.of("100時間")),
                List.of(new IndicatorValue(2023, null, Measure.of("80時間"), Measure.of("90時間")),
                        new IndicatorValue(2024, null, Measure.of("60時間"), Measure.of("55時間"))));
        Indicator evaluated = evaluateAlone(overtime, EvaluationInputs.DEFAULT);
        rated(evaluated.valueFor(2023).evaluation(), "50.0", "C");
        assertThat(evaluated.valueFor(2023).evaluation().basis())
                .isEqualTo("(基準値 100時間 − 実績 90時間) ÷ (基準値 100時間 − 目標 80時間) = 50.0%");
        rated(evaluated.valueFor(2024).evaluation(), "112.5", "A");
    }

    @Test
    void ratesARangeFromItsLowerBoundWhenMoreIsBetter() {
        Evaluation e = dx("01-02", "成果目標②", 2022);
        rated(e, "85.7", "B");
        assertThat(e.basis()).isEqualTo("実績 6俵 ÷ 目標 7俵 = 85.7%");
    }

    @Test
    void ratesATargetWithAFloorByItsNumber() {
        rated(dx("03-04", "成果目標①", 2022), "83.8", "B");
        rated(dx("01-05", "成果目標②", 2023), "111.3", "A");
    }

    @Test
    void ratesEachSeriesOfALabelledCellOnItsOwn() {
        Evaluation e = dx("01-13", "成果目標①", 2022);
        assertThat(e.grade()).isEqualTo("B");
        assertThat(e.rate()).isNull();
        assertThat(e.series()).extracting(SeriesEvaluation::label, SeriesEvaluation::rate, SeriesEvaluation::grade)
                .containsExactly(tuple("小", new BigDecimal("81.7"), "B"), tuple("中", new BigDecimal("86.5"), "B"));
        assertThat(dx("01-13", "成果目標①", 2024).series().get(0).rate()).isEqualByComparingTo("57.2");
        assertThat(dx("01-13", "成果目標②", 2022).series()).extracting(SeriesEvaluation::grade).containsExactly("D", "D");
    }

    @Test
    void namesTheSeriesOfASlashedCellAfterTheIndicatorName() {
        Evaluation e = dx("01-11", "成果目標③", 2022);
        assertThat(e.series()).extracting(SeriesEvaluation::label, SeriesEvaluation::grade).containsExactly(
                tuple("累計ダウンロード数", "A"), tuple("平均評価指数", "D"), tuple("累計アプリ作成数(LinkData内)", "D"));
        assertThat(e.series().get(0).rate()).isEqualByComparingTo("161.4");
        assertThat(e.grade()).isEqualTo("D");
        assertThat(dx("01-11", "成果目標③", 2023).series()).hasSize(2);
    }

    @Test
    void ratesEachSeriesOfTheActualAgainstASingleTarget() {
        Evaluation e = dx("03-06", "成果目標②", 2024);
        assertThat(e.series()).extracting(SeriesEvaluation::label, SeriesEvaluation::rate)
                .containsExactly(tuple("福祉相談課", new BigDecimal("90.0")), tuple("子育て支援課", new BigDecimal("516.0")));
        assertThat(e.grade()).isEqualTo("B");
    }

    @Test
    void aQualitativeTargetStatedAsDoneGetsAWithoutARate() {
        Evaluation same = dx("02-03", "成果目標①", 2022);
        assertThat(same.grade()).isEqualTo("A");
        assertThat(same.rate()).isNull();
        assertThat(same.status()).isEqualTo("achieved");
        assertThat(same.basis()).isEqualTo("実績が目標と同じ記述");
        assertThat(dx("02-03", "成果目標③", 2022).basis()).isEqualTo("実績に「完了」と記載");
        assertThat(dx("03-05", "成果目標①", 2023).basis()).isEqualTo("実績が目標の記述を含む");
        assertThat(dx("04-02", "成果目標①", 2022).grade()).isEqualTo("A");
    }

    @Test
    void aQualitativeTargetNotStatedAsDoneWaitsForAPerson() {
        Evaluation e = dx("01-12", "成果目標①", 2022);
        assertThat(e.grade()).isNull();
        assertThat(e.label()).isEqualTo("—");
        assertThat(e.status()).isEqualTo("pending");
        assertThat(dx("01-06", "成果目標①", 2023).status()).isEqualTo("pending");
        assertThat(dx("01-12", "成果目標①").direction()).isEqualTo("qualitative");
    }

    @Test
    void aPersonsJudgementGradesAQualitativeYearWithItsReason() {
        Initiative sheet = plan(Seeds.DX_SHEETS).allInitiatives().stream().filter(i -> i.code().equals("01-12")).findFirst()
                .orElseThrow();
        IndicatorKey key = new IndicatorKey("01-12", "成果目標①");
        EvaluationInputs inputs = new EvaluationInputs(GradeScale.DEFAULT, Map.of(),
                Map.of(new YearKey(key, 2022), new Judgement(Grade.B, "一斉学習は概ね遅延なし", "企画課 佐藤")));
        Evaluation e = Evaluator.evaluate(sheet, sheet.indicators().get(0), inputs).valueFor(2022).evaluation();
        assertThat(e.grade()).isEqualTo("B");
        assertThat(e.status()).isEqualTo("judged");
        assertThat(e.basis()).isEqualTo("担当者の判断（企画課 佐藤）: 一斉学習は概ね遅延なし");
    }

    @Test
    void valuesInDifferentUnitsAreNotCompared() {
        Evaluation e = dx("01-09", "成果目標③", 2022);
        assertThat(e.status()).isEqualTo("not-comparable");
        assertThat(e.grade()).isNull();
    }

    @Test
    void ratesEveryYearThatHasBothATargetAndAnActualAndNoOther() {
        int rated = 0;
        for (PlanDocument plan : plans) {
            for (Initiative i : plan.allInitiatives()) {
                for (Indicator k : i.indicators()) {
                    for (IndicatorValue v : k.values()) {
                        boolean both = !(CellReader.read(text(v.target())) instanceof Reading.Empty)
                                && !(CellReader.read(text(v.actual())) instanceof Reading.Empty);
                        assertThat(v.evaluation() != null).as(plan.source().fileName() + " " + i.code() + " " + k.label()
                                + " " + v.fiscalYear()).isEqualTo(both);
                        rated += both ? 1 : 0;
                    }
                }
            }
        }
        assertThat(rated).isEqualTo(174); // counted independently from the dry-run JSON of the seeds
    }

    @Test
    void everyIndicatorGetsADirectionWithItsReason() {
        for (PlanDocument plan : plans) {
            plan.allInitiatives().stream().flatMap(i -> i.indicators().stream()).forEach(k -> {
                assertThat(k.direction()).isIn("increase", "decrease", "maintain", "qualitative");
                assertThat(k.directionReason()).isNotBlank();
                assertThat(k.cumulative()).isNotNull();
            });
        }
        Indicator overtime = plan(Seeds.REFORM_PROGRESS).allInitiatives().get(1).indicators().get(0);
        assertThat(overtime.direction()).isEqualTo("decrease");
        assertThat(dx("01-11", "成果目標①").cumulative()).isTrue();
    }

    @Test
    void flagsAnIndicatorWhoseLatestActualLagsTheStraightPathToItsTarget() {
        Indicator spending = dx("01-01", "成果目標①");
        assertThat(spending.offTrack()).isTrue();
        assertThat(spending.offTrackReason()).isEqualTo("令和6年度の実績 33,474千円 が、令和4年度 30,000千円 から 令和7年度 目標"
                + " 60,000千円 への線上の値 50,000千円 に届かない（遅れ）");
        assertThat(dx("01-14", "成果目標①").offTrack()).isFalse();
        assertThat(dx("01-03", "成果目標②").offTrack()).isFalse();
        assertThat(dx("01-12", "成果目標①").offTrack()).isNull();
    }

    @Test
    void anOrganisationsThresholdsDecideTheGrades() {
        GradeScale strict = new GradeScale(BigDecimal.valueOf(110), BigDecimal.valueOf(90), BigDecimal.valueOf(60),
                GradeScale.RollUp.WORST);
        Indicator k = evaluateAlone(dx("01-03", "成果目標②").asStated(), new EvaluationInputs(strict, Map.of(), Map.of()));
        assertThat(k.valueFor(2022).evaluation().grade()).isEqualTo("B");
        assertThat(k.valueFor(2024).evaluation().grade()).isEqualTo("B");
        Indicator spending = evaluateAlone(dx("01-01", "成果目標①").asStated(), new EvaluationInputs(strict, Map.of(), Map.of()));
        assertThat(spending.valueFor(2024).evaluation().grade()).isEqualTo("D");
    }

    @Test
    void aDirectionSetByAPersonReplacesTheInferredOne() {
        IndicatorKey key = new IndicatorKey("01-16", "成果目標①");
        EvaluationInputs inputs = new EvaluationInputs(GradeScale.DEFAULT,
                Map.of(key, new EvaluationInputs.DirectionOverride(Direction.MAINTAIN, "登録者数を維持する", "健康推進課")), Map.of());
        Initiative sheet = plan(Seeds.DX_SHEETS).allInitiatives().stream().filter(i -> i.code().equals("01-16")).findFirst()
                .orElseThrow();
        Indicator k = Evaluator.evaluate(sheet, sheet.indicators().get(0), inputs);
        assertThat(k.direction()).isEqualTo("maintain");
        assertThat(k.directionReason()).isEqualTo("利用者が設定（健康推進課）: 登録者数を維持する");
    }

    @Test
    void readsBackThePersonsOwnWordsFromTheReasonShown() {
        assertThat(Evaluator.personsReason(Evaluator.setByPerson("健康推進課", "登録者数を維持する"))).hasValue("登録者数を維持する");
        assertThat(Evaluator.personsReason("目標に「以上」")).isEmpty();
    }

    @Test
    void rollsUpInitiativeGradesByWorstOrByAverage() {
        PlanDocument dxPlan = plan(Seeds.DX_SHEETS);
        Initiative sheet = dxPlan.allInitiatives().stream().filter(i -> i.code().equals("01-01")).findFirst().orElseThrow();
        assertThat(RollUp.initiative(sheet, 2024, GradeScale.DEFAULT).grade()).isEqualTo(Grade.C);
        GradeScale average = new GradeScale(BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(50),
                GradeScale.RollUp.AVERAGE);
        Initiative first = dxPlan.allInitiatives().get(0);
        RollUp.InitiativeGrade byAverage = RollUp.initiative(first, 2022, average);
        assertThat(byAverage.basis()).isEqualTo("2指標の達成率の平均 102.0%");
        assertThat(byAverage.grade()).isEqualTo(Grade.A);

        RollUp.PlanRollUp rollUp = RollUp.of(dxPlan, 2024, GradeScale.DEFAULT);
        assertThat(rollUp.counts().total()).isEqualTo(30);
        assertThat(rollUp.sections()).extracting(RollUp.SectionRollUp::label).containsExactly("01", "02", "03", "04");
        assertThat(RollUp.latestGradedYear(dxPlan)).isEqualTo(2024);
    }

    private static Indicator evaluateAlone(Indicator k, EvaluationInputs inputs) {
        Initiative i = new Initiative("x", null, "x", null, null, null, null, null, null, List.of(k));
        return Evaluator.evaluate(i, k, inputs);
    }

    private static String text(Measure m) {
        return m == null ? null : m.text();
    }

}
