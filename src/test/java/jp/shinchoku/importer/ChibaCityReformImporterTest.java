package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChibaCityReformImporterTest {

    private static final ChibaCityReformImporter IMPORTER = new ChibaCityReformImporter();
    private static PlanDocument plan;

    @BeforeAll
    static void read() throws ImportException {
        plan = IMPORTER.read(Seeds.source(Seeds.CITY_REFORM));
    }

    private static Initiative item(String title) {
        return plan.allInitiatives().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void readsFifteenItemsUnderTheSevenMethods() {
        assertThat(plan.sections()).extracting(Section::label).containsExactly("①", "②", "③", "④", "⑤", "⑥", "⑦");
        assertThat(plan.sections()).extracting(s -> s.initiatives().size()).containsExactly(1, 2, 1, 2, 2, 5, 2);
        assertThat(plan.allInitiatives()).hasSize(15);
    }

    @Test
    void readsTheTitleAndTheFiscalYearButNoOrganisation() {
        assertThat(plan.title()).isEqualTo("行政改革の推進について");
        assertThat(plan.fiscalYears()).containsExactly(2022);
        assertThat(plan.organization()).isNull();
    }

    @Test
    void keepsTheFiveBasicPoliciesAsAPlanText() {
        String policies = plan.texts().stream().filter(t -> t.label().equals("基本方針")).findFirst().orElseThrow().text();
        assertThat(policies.lines()).hasSize(5).first().isEqualTo("① 将来世代に責任を持つ行財政運営");
    }

    @Test
    void readsMethodHeadingsWithAndWithoutMarkdownMarks() {
        assertThat(plan.sections().get(0).title()).isEqualTo("調達改革（一元化）");
        assertThat(plan.sections().get(4).title()).isEqualTo("連携・協働の推進");
        assertThat(plan.sections().get(4).initiatives().get(0).title()).isEqualTo("多文化共生推進アクションプランの策定");
        assertThat(plan.sections().get(4).initiatives().get(0).ownerDepartments()).containsExactly("国際交流課");
    }

    @Test
    void readsTheOwnerDepartments() {
        assertThat(item("庁内情報システムの最適化").ownerDepartments()).containsExactly("業務改革推進課");
        assertThat(item("花見川図書館とこてはし台公民館の複合化").ownerDepartments())
                .containsExactly("花見川図書館", "生涯学習振興課", "区政推進課");
        assertThat(plan.sections().get(5).initiatives()).filteredOn(i -> i.ownerDepartments().contains("動物公園")).hasSize(2);
    }

    @Test
    void readsYearStepsWrittenInsideTheSummaryAsASchedule() {
        assertThat(item("花見川図書館とこてはし台公民館の複合化").schedule()).containsExactly(
                new ScheduleRow("改修工事", List.of(2022)), new ScheduleRow("供用開始予定", List.of(2023)));
        assertThat(item("おくやみコーナー設置（拡充）").schedule()).containsExactly(
                new ScheduleRow("緑区役所（モデル実施）", List.of(2021)), new ScheduleRow("全区役所", List.of(2022)));
    }

    @Test
    void keepsBulletsOfTheSummaryAsLines() {
        assertThat(item("重層的・包括的相談支援体制の構築").text("概要"))
                .contains("\n・庁内ワーキンググループでの検討\n・相談支援機関連絡会議 等");
    }

    @Test
    void recognizesOnlyItsOwnLayout() {
        assertThat(IMPORTER.recognizes(Seeds.source(Seeds.CITY_REFORM))).isTrue();
        for (String other : List.of(Seeds.MANIFESTO, Seeds.PREFECTURE_SHEETS, Seeds.DX_SHEETS, Seeds.REFORM_PROGRESS)) {
            assertThat(IMPORTER.recognizes(Seeds.source(other))).as(other).isFalse();
        }
    }

    @Test
    void refusesADocumentCutOffBeforeTheLastMethods() {
        String[] lines = new String(Seeds.bytes(Seeds.CITY_REFORM), StandardCharsets.UTF_8).split("\n", -1);
        SourceText cut = SourceText.of("cut.txt", String.join("\n", Arrays.copyOf(lines, 42)));
        assertThatThrownBy(() -> IMPORTER.read(cut)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problems()).extracting(ImportProblem::toString).contains(
                    "cut.txt:19: 改善・改革の手法 ⑥ is listed in the overview but has no section in the body: the document is cut off",
                    "cut.txt:20: 改善・改革の手法 ⑦ is listed in the overview but has no section in the body: the document is cut off");
        });
    }
}
