package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KisarazuReformProgressImporterTest {

    private static final KisarazuReformProgressImporter IMPORTER = new KisarazuReformProgressImporter();
    private static PlanDocument plan;

    @BeforeAll
    static void readTheSeed() throws ImportException {
        plan = IMPORTER.read(Seeds.source(Seeds.REFORM_PROGRESS));
    }

    @Test
    void readsTheCoverAsOrganisationTitleDateAndPlanPeriod() {
        assertThat(plan.format()).isEqualTo(PlanDocument.FORMAT);
        assertThat(plan.organization()).isEqualTo("木更津市");
        assertThat(plan.title()).isEqualTo("経営改革推進計画 令和5年度 進捗状況");
        assertThat(plan.asOf()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(plan.fiscalYears()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(plan.source().fileName()).isEqualTo(Seeds.REFORM_PROGRESS);
        assertThat(plan.source().layout()).isEqualTo("kisarazu-reform-progress");
    }

    @Test
    void keepsTheIntroductionAsPlanText() {
        assertThat(plan.texts()).extracting(LabeledText::label).containsExactly("はじめに");
        String text = plan.texts().get(0).text();
        assertThat(text.split("\n")).hasSize(4);
        assertThat(text).startsWith("昭和60年度に「第1次行政改革大綱」を策定して以来")
                .contains("全15項目の推進項目としました。");
    }

    @Test
    void readsTheFivePillarsInOrderWithTheirItems() {
        assertThat(plan.sections()).extracting(Section::label)
                .containsExactly("5つの柱①", "5つの柱②", "5つの柱③", "5つの柱④", "5つの柱⑤");
        assertThat(plan.sections()).extracting(Section::title).containsExactly("ヒト", "モノ", "カネ", "情報", "協働");
        assertThat(plan.sections()).extracting(s -> s.initiatives().size()).containsExactly(2, 3, 2, 4, 4);
        assertThat(plan.sections().get(0).texts()).containsExactly(new LabeledText("取組視点",
                "質の高い市民サービスを提供するため、経営改革の原動力となる職員を育成し、職員が活きる組織を目指します。"));
        assertThat(plan.sections().get(4).texts().get(0).text()).isEqualTo("協働によるまちづくりの推進に取り組めます。");
        assertThat(plan.allInitiatives()).extracting(Initiative::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
    }

    @Test
    void readsTitlesAndSplitsTheDepartmentsAtWhiteSpace() {
        Initiative first = item("1");
        assertThat(first.title()).isEqualTo("人事評価制度の充実 (複線型人事制度の確立)");
        assertThat(first.ownerDepartments()).containsExactly("総務部職員課");
        assertThat(item("2").ownerDepartments()).containsExactly("総務部職員課", "市長公室経営改革課");
        assertThat(item("3").ownerDepartments()).containsExactly("資産管理部財産活用課", "市長公室経営改革課", "関係各課");
        assertThat(item("11").ownerDepartments()).containsExactly(
                "健康こども部子育て支援課", "健康こども部健康推進課", "健康こども部こども保育課", "健康こども部こども発達支援課");
        assertThat(item("14").title()).isEqualTo("オーガニック化（学校給食米）の推進");
        assertThat(first.relatedDepartments()).isEmpty();
        assertThat(first.contacts()).isEmpty();
    }

    @Test
    void keepsTheItemTextsUnderTheirOriginalLabels() {
        Initiative first = item("1");
        assertThat(first.texts()).extracting(LabeledText::label)
                .containsExactly("現状と課題", "課題解決に向けた方向性・活動内容", "令和5年度の活動経過・今後の予定");
        assertThat(first.text("現状と課題").split("\n")).hasSize(2);
        assertThat(first.text("現状と課題")).startsWith("自治体業務の多様化・複雑化が進む中");
        assertThat(first.text("令和5年度の活動経過・今後の予定")).startsWith("60歳以降のポスト・働き方に関して");
    }

    @Test
    void readsTheProgressTextAroundTheRepeatedIndicatorRows() {
        String third = item("3").text("令和5年度の活動経過・今後の予定");
        assertThat(third.split("\n")).containsExactly(
                "公共施設再配置計画第2期実行プランの推進と公共施設の老朽化対策として、施設の個別施設計画の策定を進めています。",
                "令和5年度中には更に17施設の個別施設計画の策定が完了する予定となっています。今後も引き続き策定の啓発を行います。",
                "・令和6年度中に策定完了予定：2施設",
                "・策定期間未定：7施設");
        assertThat(item("7").text("令和5年度の活動経過・今後の予定")).startsWith("令和5年度は既存返礼品の人気定着化")
                .doesNotContain("寄附件数");
        assertThat(item("5").text("令和5年度の活動経過・今後の予定")).startsWith("地域循環共生圏の創造に向けた")
                .doesNotContain("名称");
        // Item 15 repeats its label on the last line, where its text landed.
        assertThat(item("15").text("令和5年度の活動経過・今後の予定").split("\n")).containsExactly(
                "地産地消推進店の増加に向けた周知を行うとともに、消費者の地産地消への理解を図るためポスターの作成、小中学生保護者へチラシを配布します。",
                "また、引き続き市広報紙等によりレシピ付きで地元産農産物の紹介を行うとともに、地産地消を含めた食育啓発動画を制作します。");
    }

    @Test
    void readsTheShiftedR8RowAndDropsTheEmptySecondIndicator() {
        Initiative first = item("1");
        assertThat(first.indicators()).hasSize(1);
        Indicator indicator = first.indicators().get(0);
        assertThat(indicator.label()).isEqualTo("指標①");
        assertThat(indicator.name()).isEqualTo("指標①");
        assertThat(indicator.values()).extracting(IndicatorValue::fiscalYear).containsExactly(2023, 2024, 2025, 2026);
        assertThat(targets(indicator)).containsExactly("検討80%", "条例への反映", "実施", "実施");
    }

    @Test
    void keepsTheYearsEachIndicatorHas() {
        Initiative second = item("2");
        Indicator hours = second.indicators().get(0);
        assertThat(targets(hours)).containsExactly("95,000時間", "90,300時間", "85,800時間");
        assertThat(hours.valueFor(2026)).isNull();
        assertThat(hours.valueFor(2023).target().number()).isEqualByComparingTo("95000");
        assertThat(hours.valueFor(2023).target().unit()).isEqualTo("時間");
        Indicator share = second.indicators().get(1);
        assertThat(share.label()).isEqualTo("指標②");
        assertThat(targets(share)).containsExactly("20%", "25%", "30%", "30%");
    }

    @Test
    void splitsTheNameFromItsSmallPrintNote() {
        Initiative sixth = item("6");
        assertThat(sixth.indicators()).hasSize(1);
        Indicator savings = sixth.indicators().get(0);
        assertThat(savings.name()).isEqualTo("事業の縮小・廃止による効果額（累計）");
        assertThat(savings.note()).startsWith("※以下の条件で算出、時間等は業務プロセス分析結果に基づく")
                .endsWith("年間5事業の3割縮小を目標＝2,500,000円");
        IndicatorValue last = savings.valueFor(2026);
        assertThat(last.target().text()).isEqualTo("10,000,000円");
        assertThat(last.target().number()).isEqualByComparingTo(new BigDecimal("10000000"));
        assertThat(last.target().unit()).isEqualTo("円");
        assertThat(item("4").indicators().get(0).name()).isEqualTo("し尿受入施設設置までの進捗率");
        assertThat(targets(item("4").indicators().get(0))).containsExactly("0%", "10%", "20%", "30%");
    }

    @Test
    void readsNamesAndNotesThatTheExtractionMovedIntoTheYearRows() {
        Indicator clickRate = item("10").indicators().get(0);
        assertThat(clickRate.name()).isEqualTo("インターネット広告（ディスプレイ広告）のクリック率");
        assertThat(clickRate.note()).startsWith("※広告が表示された回数に対して");
        assertThat(clickRate.valueFor(2026).target().number()).isEqualByComparingTo("0.35");
        assertThat(clickRate.valueFor(2026).target().unit()).isEqualTo("%");
        Indicator opinions = item("10").indicators().get(1);
        assertThat(opinions.name()).isEqualTo("市ホームページ内のウェブサイトアンケートにおける改善意見数（100万閲覧数あたり）");
        assertThat(targets(opinions)).containsExactly("360件", "330件", "300件", "270件");

        Indicator rice = item("14").indicators().get(0);
        assertThat(rice.name()).isEqualTo("学校給食への有機米提供率");
        assertThat(rice.note()).isEqualTo("※学校給食でご飯が提供される日数のうち");
        assertThat(rice.valueFor(2026).target().text()).isEqualTo("100%");
        Indicator fields = item("14").indicators().get(1);
        assertThat(fields.name()).isEqualTo("無農薬米栽培ほ場面積");
        assertThat(fields.note()).isNull();
        assertThat(fields.valueFor(2026).target().text()).isEqualTo("40ha");
        assertThat(fields.valueFor(2026).target().unit()).isEqualTo("ha");
        assertThat(fields.valueFor(2026).target().number()).isEqualByComparingTo("40");
        assertThat(fields.valueFor(2023).target().number()).isEqualByComparingTo("25");
    }

    @Test
    void fillsMissingRowsFromAfterTheProgressLabelAndIgnoresRepeats() {
        Indicator users = item("11").indicators().get(0);
        assertThat(item("11").indicators()).hasSize(1);
        assertThat(targets(users)).containsExactly("1,500人", "2,600人", "3,700人", "4,800人");

        Indicator donations = item("7").indicators().get(0);
        assertThat(donations.name()).isEqualTo("指標①");
        assertThat(donations.valueFor(2026)).isNull();
        Indicator corporate = item("7").indicators().get(1);
        assertThat(corporate.name()).isEqualTo("地方創生応援税制（企業版ふるさと納税）寄附件数");
        assertThat(targets(corporate)).containsExactly("10件", "15件", "-", "-");
        assertThat(corporate.valueFor(2025).target().hasNumber()).isFalse();

        Indicator councils = item("12").indicators().get(1);
        assertThat(targets(councils)).containsExactly("14協議会", "14協議会", "15協議会");
        assertThat(targets(item("3").indicators().get(1))).containsExactly("3件", "3件", "4件");
        assertThat(item("5").indicators()).hasSize(1);
        assertThat(item("9").indicators()).hasSize(1);
        assertThat(item("15").indicators()).extracting(Indicator::label).containsExactly("指標①", "指標②");
    }

    @Test
    void hasNoActualsAsOfSeptember() {
        assertThat(plan.allInitiatives().stream().flatMap(i -> i.indicators().stream())
                .flatMap(i -> i.values().stream()))
                .isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(v.actual()).isNull();
                    assertThat(v.name()).isNull();
                    assertThat(v.target()).isNotNull();
                });
    }

    @Test
    void storesNoMarkup() {
        List<String> stored = new ArrayList<>();
        plan.texts().forEach(t -> stored.add(t.text()));
        for (Section section : plan.sections()) {
            stored.add(section.title());
            section.texts().forEach(t -> stored.add(t.text()));
        }
        for (Initiative item : plan.allInitiatives()) {
            stored.add(item.title());
            item.texts().forEach(t -> stored.add(t.text()));
            for (Indicator indicator : item.indicators()) {
                stored.add(indicator.name());
                stored.add(indicator.note());
                indicator.values().forEach(v -> stored.add(v.target().text()));
            }
        }
        assertThat(stored.stream().filter(s -> s != null)).isNotEmpty()
                .noneMatch(s -> s.matches("(?s).*<[a-zA-Z].*"));
    }

    @Test
    void recognisesOnlyItsOwnSeed() {
        assertThat(IMPORTER.recognizes(Seeds.source(Seeds.REFORM_PROGRESS))).isTrue();
        Stream.of(Seeds.MANIFESTO, Seeds.CITY_REFORM, Seeds.PREFECTURE_SHEETS, Seeds.DX_SHEETS)
                .forEach(seed -> assertThat(IMPORTER.recognizes(Seeds.source(seed))).as(seed).isFalse());
    }

    @Test
    void refusesAFileCutInsideAnIndicatorTable() {
        ImportException e = catchThrowableOfType(() -> IMPORTER.read(firstLines(150)), ImportException.class);
        assertThat(e).isNotNull();
        ImportProblem cut = e.problems().stream().filter(p -> p.line() == 142).findFirst().orElseThrow();
        assertThat(cut.file()).isEqualTo(Seeds.REFORM_PROGRESS);
        assertThat(cut.message()).contains("事業No.4", "line 150", "活動経過", "cut off");
        // The 目次 lists 事業No.5 … 15 (lines 24 … 37) that the body no longer has.
        assertThat(e.problems()).filteredOn(p -> p.message().contains("目次")).hasSize(11);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(24);
            assertThat(p.message()).contains("事業No.5 脱水汚泥の堆肥化");
        });
    }

    @Test
    void refusesAFileCutRightAfterAnItemStarts() {
        ImportException e = catchThrowableOfType(() -> IMPORTER.read(firstLines(200)), ImportException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(200);
            assertThat(p.message()).contains("取組視点", "事業No. row", "cut off");
        });
        assertThat(e.problems()).filteredOn(p -> p.message().contains("目次")).hasSize(9);
    }

    @Test
    void refusesALastItemCutBeforeItsProgressRow() {
        ImportException e = catchThrowableOfType(() -> IMPORTER.read(firstLines(375)), ImportException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(366);
            assertThat(p.toString()).startsWith(Seeds.REFORM_PROGRESS + ":366: ");
            assertThat(p.message()).contains("事業No.15", "活動経過");
        });
    }

    @Test
    void refusesALastItemWhoseProgressTextIsCutOff() {
        // Line 384 holds item 15's 活動経過 text; without it only the repeated table is left.
        ImportException e = catchThrowableOfType(() -> IMPORTER.read(firstLines(383)), ImportException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(366);
            assertThat(p.message()).contains("事業No.15 地産地消の推進", "line 383", "令和5年度の活動経過・今後の予定 text");
        });
    }

    private static SourceText firstLines(int count) {
        List<String> lines = Seeds.source(Seeds.REFORM_PROGRESS).rows().stream().limit(count).map(Row::raw).toList();
        return SourceText.of(Seeds.REFORM_PROGRESS, String.join("\n", lines) + "\n");
    }

    private static Initiative item(String code) {
        return plan.allInitiatives().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> targets(Indicator indicator) {
        return indicator.values().stream().map(v -> v.target() == null ? null : v.target().text()).toList();
    }
}
