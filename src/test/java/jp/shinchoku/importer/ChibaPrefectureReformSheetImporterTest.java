package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChibaPrefectureReformSheetImporterTest {

    private static final ChibaPrefectureReformSheetImporter IMPORTER = new ChibaPrefectureReformSheetImporter();
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?[a-zA-Z]");

    private static PlanDocument plan;

    @BeforeAll
    static void readTheSeed() throws ImportException {
        plan = IMPORTER.read(Seeds.source(Seeds.PREFECTURE_SHEETS));
    }

    @Test
    void recognizesItsOwnSeedAndNoneOfTheOthers() {
        assertThat(IMPORTER.recognizes(Seeds.source(Seeds.PREFECTURE_SHEETS))).isTrue();
        for (String other : List.of(Seeds.MANIFESTO, Seeds.CITY_REFORM, Seeds.DX_SHEETS, Seeds.REFORM_PROGRESS)) {
            assertThat(IMPORTER.recognizes(Seeds.source(other))).as(other).isFalse();
        }
    }

    @Test
    void describesTheDocumentWhichNamesNeitherItsOrganisationNorItsTitle() {
        assertThat(plan.format()).isEqualTo(PlanDocument.FORMAT);
        assertThat(plan.organization()).isNull();
        assertThat(plan.title()).isEqualTo("行政改革計画 取組シート");
        assertThat(plan.asOf()).isNull();
        assertThat(plan.fiscalYears()).containsExactly(2022, 2023, 2024);
        assertThat(plan.source().fileName()).isEqualTo(Seeds.PREFECTURE_SHEETS);
        assertThat(plan.source().layout()).isEqualTo("chiba-pref-reform-sheet");
    }

    @Test
    void readsTheSixSheetsInSourceOrder() {
        assertThat(plan.allInitiatives()).extracting(Initiative::code)
                .containsExactly("30", "34", "35", "40", "42", "47a");
        assertThat(plan.allInitiatives()).extracting(Initiative::label)
                .containsExactly("イ", "ア", "イ", "イ", "イ", "イ");
    }

    @Test
    void sheetsSharingAPillarAndAnItemShareOneSection() {
        assertThat(plan.sections()).extracting(Section::label).containsExactly("柱2", "柱3", "柱4");
        Section pillar3 = plan.sections().get(1);
        assertThat(pillar3.title()).isEqualTo("スマート県庁への転換による新たな行政スタイルの確立");
        assertThat(pillar3.sections()).extracting(Section::label).containsExactly("②", "⑤");
        Section digital = pillar3.sections().get(0);
        assertThat(digital.title()).isEqualTo("行政手続・サービス等のデジタル化");
        assertThat(digital.initiatives()).extracting(Initiative::code).containsExactly("34", "35");
        assertThat(plan.sections().get(2).sections()).extracting(Section::title)
                .containsExactly("市町村との連携・協働", "民間企業、大学等の連携・強化");
    }

    @Test
    void readsTheInitiativeTitleAndItsDepartments() {
        Initiative health = initiative("30");
        assertThat(health.title()).isEqualTo("管理監督者に対するメンタルヘルス研修の実施");
        assertThat(health.ownerDepartments()).containsExactly("総務ワークステーション");
        assertThat(health.relatedDepartments()).isEmpty();
        assertThat(health.contacts()).isEmpty();
        assertThat(initiative("34").relatedDepartments()).containsExactly("市町村課", "情報システム課", "デジタル推進課");
        assertThat(initiative("35").relatedDepartments()).containsExactly("出納局");
        assertThat(initiative("40").ownerDepartments()).containsExactly("デジタル戦略課", "デジタル推進課");
        assertThat(initiative("42").ownerDepartments()).containsExactly("総務課", "市町村課", "地域づくり課");
        assertThat(initiative("42").relatedDepartments()).containsExactly("各地域振興事務所");
        assertThat(initiative("47a").relatedDepartments()).containsExactly("庁内各課");
    }

    @Test
    void keepsTheNarrativeUnderItsOriginalLabelsWithTheBureauFirst() {
        Initiative health = initiative("30");
        assertThat(health.texts()).extracting(LabeledText::label)
                .containsExactly("実施部局", "現状・課題", "取組内容", "目標", "取組工程", "効果");
        assertThat(health.text("実施部局")).isEqualTo("総務部");
        assertThat(initiative("42").text("実施部局")).isEqualTo("総務部・総合企画部");
        assertThat(health.text("取組工程").split("\n"))
                .hasSize(5)
                .startsWith("・職場環境改善研修の実施")
                .endsWith("・「第4次千葉県職員のメンタルヘルスプラン」施行");
        assertThat(initiative("47a").text("効果")).isEqualTo("・県の重要施策の推進\n・公的サービスの充実\n・地域の活性化");
        assertThat(initiative("47a").text("現状・課題").lines()).hasSize(2);
    }

    @Test
    void readsTheAttendanceRateIndicatorWithItsBaselineAndTarget() {
        Initiative health = initiative("30");
        assertThat(health.indicators()).hasSize(1);
        Indicator rate = health.indicators().get(0);
        assertThat(rate.label()).isEqualTo("目標");
        assertThat(rate.name()).isEqualTo("管理監督者研修受講率");
        assertThat(rate.note()).isNull();
        assertThat(rate.baseline().fiscalYear()).isEqualTo(2021);
        assertThat(rate.baseline().value().text()).isEqualTo("72.4%（156.5所属受講（2研修の平均）／216所属）");
        assertThat(rate.baseline().value().number()).isEqualByComparingTo(new BigDecimal("72.4"));
        assertThat(rate.baseline().value().unit()).isEqualTo("%");
        assertThat(rate.values()).extracting(IndicatorValue::fiscalYear).containsExactly(2024);
        IndicatorValue target = rate.valueFor(2024);
        assertThat(target.name()).isNull();
        assertThat(target.target().text()).isEqualTo("70%");
        assertThat(target.target().number()).isEqualByComparingTo("70");
        assertThat(target.actual()).isNull();
        assertThat(health.targetFiscalYear()).isEqualTo(2024);
    }

    @Test
    void readsTheParagraphVariantWithAQualitativeTargetAndItsNote() {
        Indicator cards = initiative("34").indicators().get(0);
        assertThat(cards.name()).isEqualTo("マイナンバーカードの交付率");
        assertThat(cards.baseline().fiscalYear()).isEqualTo(2021);
        assertThat(cards.baseline().value().text()).isEqualTo("40.0%（R3.11.1現在）");
        assertThat(cards.baseline().value().number()).isEqualByComparingTo("40.0");
        IndicatorValue target = cards.valueFor(2024);
        assertThat(target.target().text()).isEqualTo("ほぼ全ての県民への普及");
        assertThat(target.target().hasNumber()).isFalse();
        assertThat(cards.note()).startsWith("※国では、令和4年度末にはほぼ全国民にカードが行き渡る").endsWith("早期の目標達成を図る。");
    }

    @Test
    void goalsInWordsStayTextsWithoutAnIndicator() {
        for (String code : List.of("35", "40", "42", "47a")) {
            assertThat(initiative(code).indicators()).as(code).isEmpty();
            assertThat(initiative(code).targetFiscalYear()).as(code).isNull();
        }
        assertThat(initiative("40").text("目標")).isEqualTo("市町村DX推進に関する適切な支援の実施");
        assertThat(initiative("35").text("目標").lines()).hasSize(2);
    }

    @Test
    void givesEachScheduleCellToTheNearestYearAndSplitsDifferentTasksOfOneRow() {
        assertThat(initiative("30").schedule()).containsExactly(
                new ScheduleRow("職場環境改善研修（1次予防）", List.of(2022, 2023, 2024)),
                new ScheduleRow("メンタルヘルス講習会Ⅰ（2次予防） メンタル不調への早期発見、対応", List.of(2022, 2023, 2024)),
                new ScheduleRow("メンタルヘルス講習会Ⅱ（3次予防） 復職支援の実際", List.of(2022, 2023, 2024)),
                new ScheduleRow("「第4次千葉県職員のメンタルヘルスプラン」 策定作業（前計画の見直し）", List.of(2023)),
                new ScheduleRow("「第4次千葉県職員のメンタルヘルスプラン」 施行", List.of(2024)));
    }

    @Test
    void aShortenedTaskNameInALaterYearContinuesTheSameTask() {
        assertThat(initiative("35").schedule()).containsExactly(
                new ScheduleRow("実施状況・阻害要因の把握、分析、対応", List.of(2022, 2023, 2024)),
                new ScheduleRow("オンライン化実施に係る手順やノウハウの横展開", List.of(2022, 2023, 2024)),
                new ScheduleRow("基盤整備・運用", List.of(2022, 2023, 2024)));
    }

    @Test
    void realignsScheduleRowsThatTheExtractionShiftedLeft() {
        assertThat(initiative("34").schedule()).extracting(ScheduleRow::task).containsExactly(
                "市町村への情報提供、取組支援", "県民への広報周知", "情報連携の適切な運用、オンライン申請の推進");
        assertThat(initiative("34").schedule()).allSatisfy(
                row -> assertThat(row.fiscalYears()).containsExactly(2022, 2023, 2024));
        ScheduleRow lastOf42 = initiative("42").schedule().get(2);
        assertThat(lastOf42.task()).isEqualTo("地域振興事務所の機能強化に向けた検討・見直し");
        assertThat(lastOf42.fiscalYears()).containsExactly(2022, 2023, 2024);
    }

    @Test
    void storesNoMarkupInAnyText() {
        List<String> stored = new ArrayList<>();
        for (Initiative initiative : plan.allInitiatives()) {
            stored.add(initiative.title());
            initiative.texts().forEach(t -> stored.add(t.text()));
            initiative.schedule().forEach(s -> stored.add(s.task()));
            for (Indicator indicator : initiative.indicators()) {
                Stream.of(indicator.name(), indicator.note(), indicator.baseline().value().text()).forEach(stored::add);
                indicator.values().forEach(v -> stored.add(v.target().text()));
            }
        }
        plan.allSections().forEach(s -> stored.add(s.title()));
        assertThat(stored).isNotEmpty().noneMatch(text -> text != null && MARKUP.matcher(text).find());
    }

    @Test
    void refusesASheetCutOffInItsScheduleNamingTheSheetAndTheLine() {
        SourceText cut = firstLines(27); // sheet 34 ends inside its schedule grid

        assertThatThrownBy(() -> IMPORTER.read(cut))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    ImportProblem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo("cut.txt");
                    assertThat(problem.line()).isEqualTo(27);
                    assertThat(problem.message()).isEqualTo("sheet 34 (line 27) ends before 効果: "
                            + "the document is cut off or is not a complete 取組シート");
                });
    }

    @Test
    void refusesASheetCutOffRightAfterItsItemNames() {
        assertThatThrownBy(() -> IMPORTER.read(firstLines(21)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::message)
                        .containsExactly(tuple(21, "sheet 34 (line 21) ends before 現状・課題: "
                                + "the document is cut off or is not a complete 取組シート")));
    }

    @Test
    void reportsEverySheetThatLacksARowInItsMiddle() {
        List<String> lines = seedLines();
        lines.remove(51); // 目標 of sheet 40 (line 52)
        lines.remove(37); // 目標 of sheet 35 (line 38)
        SourceText broken = SourceText.of("broken.txt", String.join("\n", lines));

        assertThatThrownBy(() -> IMPORTER.read(broken))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::message)
                        .containsExactly(
                                "sheet 35 (line 32) has no 目標 row: it is not a complete 取組シート",
                                "sheet 40 (line 45) has no 目標 row: it is not a complete 取組シート"));
    }

    @Test
    void refusesADocumentWithoutAnySheet() {
        SourceText empty = SourceText.of("none.txt", "項目名\t柱2\t多様で柔軟な働き方の推進\n");

        assertThatThrownBy(() -> IMPORTER.read(empty))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems().get(0).line()).isEqualTo(1);
                    assertThat(e.problems().get(0).message()).contains("no 取組シート", "整理番号");
                });
    }

    private static Initiative initiative(String code) {
        return plan.allInitiatives().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> seedLines() {
        return new ArrayList<>(Seeds.source(Seeds.PREFECTURE_SHEETS).rows().stream().map(Row::raw).toList());
    }

    private static SourceText firstLines(int count) {
        return SourceText.of("cut.txt", String.join("\n", seedLines().subList(0, count)));
    }
}
