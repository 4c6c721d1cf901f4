package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.junit.jupiter.api.Test;

class KisarazuDxPolicySheetImporterTest {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?[A-Za-z!]");

    private final KisarazuDxPolicySheetImporter importer = new KisarazuDxPolicySheetImporter();

    @Test
    void recognizesItsOwnSeedAndNoneOfTheOthers() {
        assertThat(importer.recognizes(Seeds.source(Seeds.DX_SHEETS))).isTrue();
        for (String other : List.of(Seeds.MANIFESTO, Seeds.CITY_REFORM, Seeds.PREFECTURE_SHEETS,
                Seeds.REFORM_PROGRESS)) {
            assertThat(importer.recognizes(Seeds.source(other))).as(other).isFalse();
        }
    }

    @Test
    void describesTheDocumentWhichDoesNotNameItsOrganisation() throws ImportException {
        PlanDocument plan = read();

        assertThat(plan.format()).isEqualTo(PlanDocument.FORMAT);
        assertThat(plan.organization()).isNull();
        assertThat(plan.title()).isEqualTo("DX推進計画 施策シート");
        assertThat(plan.asOf()).isNull();
        assertThat(plan.fiscalYears()).containsExactly(2022, 2023, 2024, 2025);
        assertThat(plan.source().fileName()).isEqualTo(Seeds.DX_SHEETS);
        assertThat(plan.source().layout()).isEqualTo("kisarazu-dx-policy-sheet");
        assertThat(plan.texts()).isEmpty();
    }

    @Test
    void readsTheThirtyPolicySheetsInSourceOrder() throws ImportException {
        List<String> codes = read().allInitiatives().stream().map(Initiative::code).toList();

        assertThat(codes).hasSize(30).startsWith("01-01", "01-02").endsWith("04-01", "04-02")
                .doesNotContain("02-04").doesNotHaveDuplicates();
    }

    @Test
    void groupsTheSheetsByThePrefixOfTheirId() throws ImportException {
        List<Section> sections = read().sections();

        assertThat(sections).extracting(Section::label).containsExactly("01", "02", "03", "04");
        assertThat(sections).extracting(Section::title).containsOnlyNulls();
        assertThat(sections).extracting(s -> s.initiatives().size()).containsExactly(16, 5, 7, 2);
        assertThat(sections.get(1).initiatives()).extracting(Initiative::code)
                .containsExactly("02-01", "02-02", "02-03", "02-05", "02-06");
    }

    @Test
    void readsTitleOwnerAndRelatedDepartmentsOfASheet() throws ImportException {
        Initiative telework = initiative(read(), "01-05");

        assertThat(telework.title()).isEqualTo("テレワークの推進");
        assertThat(telework.label()).isNull();
        assertThat(telework.ownerDepartments()).containsExactly("情報経営課");
        assertThat(telework.relatedDepartments()).containsExactly("市民活動支援課");
        assertThat(telework.contacts()).isEmpty();
        assertThat(telework.targetFiscalYear()).isNull();
    }

    @Test
    void keepsTheSourceSpellingOfOwnerDepartments() throws ImportException {
        PlanDocument plan = read();

        assertThat(initiative(plan, "01-07").ownerDepartments()).containsExactly("康推進課");
        assertThat(initiative(plan, "01-08").ownerDepartments()).containsExactly("高齡者福祉課");
        assertThat(initiative(plan, "01-10").ownerDepartments()).containsExactly("木更津市立中央公民館");
    }

    @Test
    void splitsRelatedDepartmentListsAndKeepsAllDepartmentsAsAName() throws ImportException {
        PlanDocument plan = read();

        assertThat(initiative(plan, "03-05").relatedDepartments()).hasSize(15)
                .startsWith("市民課", "保険年金課").endsWith("学校教育課", "選挙管理委員会事務局");
        assertThat(initiative(plan, "04-02").relatedDepartments()).containsExactly("職員課", "財政課");
        assertThat(initiative(plan, "01-11").relatedDepartments()).containsExactly("全課等");
        assertThat(initiative(plan, "01-02").relatedDepartments()).isEmpty();
    }

    @Test
    void leavesTheRemarkOutOfRelatedDepartmentsButKeepsTheWholeCellAsAText() throws ImportException {
        Initiative health = initiative(read(), "01-07");

        assertThat(health.relatedDepartments()).containsExactly("産業振興課");
        assertThat(health.texts().get(0)).isEqualTo(
                new LabeledText("関連部署", "産業振興課(予算の所管変更により令和6年度から市民活動支援課を削除)"));
    }

    @Test
    void keepsTheNarrativeUnderItsFoldedLabelsInSourceOrder() throws ImportException {
        Initiative coin = initiative(read(), "01-01");

        assertThat(coin.texts()).extracting(LabeledText::label).containsExactly(
                "現状と課題", "施策内容詳細", "施策の実施により期待される効果", "今後の取組方針・取組内容");
        assertThat(coin.text("施策の実施により期待される効果"))
                .isEqualTo("・アクアコインの普及推進により、地域経済とコミュニティの活性化を図ります。");
        assertThat(coin.text("今後の取組方針・取組内容"))
                .startsWith("<利用促進事業>\n・利用者の増加に向けて、アクアコインの機能や取組趣旨等を伝えるため");
    }

    @Test
    void readsScheduleTasksWithoutYearsBecauseTheArrowsWereLost() throws ImportException {
        PlanDocument plan = read();

        assertThat(initiative(plan, "01-01").schedule()).containsExactly(
                new ScheduleRow("利用促進事業", List.of()), new ScheduleRow("加盟促進事業", List.of()));
        // a stray "'" in a year cell of 01-02 is extraction dust, not a year
        assertThat(initiative(plan, "01-02").schedule().get(0))
                .isEqualTo(new ScheduleRow("民間事業者と連 携した取組", List.of()));
    }

    @Test
    void givesATaskTheYearsWhoseCellsHoldText() throws ImportException {
        List<ScheduleRow> schedule = initiative(read(), "02-06").schedule();

        assertThat(schedule.get(0)).isEqualTo(
                new ScheduleRow("市民参加型合意形成 プラットフォームの整 備・運用", List.of(2023, 2024, 2025)));
        assertThat(schedule.get(1).fiscalYears()).isEmpty();
    }

    @Test
    void readsTargetsAndActualsWithTheirNumbersAndUnits() throws ImportException {
        Indicator amount = indicator(initiative(read(), "01-01"), "成果目標①");

        assertThat(amount.name()).isEqualTo("月間利用金額 (年度月平均)");
        IndicatorValue first = amount.valueFor(2022);
        assertThat(first.name()).isNull();
        assertThat(first.target().text()).isEqualTo("30,000千円");
        assertThat(first.target().number()).isEqualByComparingTo(new BigDecimal("30000"));
        assertThat(first.target().unit()).isEqualTo("千円");
        assertThat(first.actual().text()).isEqualTo("40,529千円");
        assertThat(amount.valueFor(2025).target().text()).isEqualTo("60,000千円");
        assertThat(amount.valueFor(2025).actual()).isNull();
    }

    @Test
    void labelsIndicatorsByTheirPlaceBecauseTheFirstCellIsDebris() throws ImportException {
        PlanDocument plan = read();

        assertThat(initiative(plan, "01-11").indicators()).extracting(Indicator::label)
                .containsExactly("成果目標①", "成果目標②", "成果目標③");
        Indicator yield = indicator(initiative(plan, "01-02"), "成果目標②");
        assertThat(yield.name()).isEqualTo("スマート農業に伴う反収");
        assertThat(yield.values()).extracting(v -> v.target().text()).containsOnly("反収 7~7.5俵");
        assertThat(yield.valueFor(2022).target().number()).isNull();
    }

    @Test
    void namesTheYearWhoseIndicatorNameDiffers() throws ImportException {
        Indicator downloads = indicator(initiative(read(), "01-11"), "成果目標③");

        assertThat(downloads.name()).isEqualTo("累計ダウンロード数/平均評価指数/累計アプリ作成数(LinkData内)");
        assertThat(downloads.valueFor(2022).name()).isNull();
        assertThat(downloads.valueFor(2023).name()).isEqualTo("累計ダウンロード数/累計アプリ作成数(LinkData 内)");
        assertThat(downloads.valueFor(2022).actual().text()).isEqualTo("1,130回/0.154/0");
        assertThat(downloads.valueFor(2022).actual().number()).isNull();
    }

    @Test
    void skipsPlaceholderNamesAndKeepsEmptyMarkersAsText() throws ImportException {
        PlanDocument plan = read();

        Indicator views = indicator(initiative(plan, "01-15"), "成果目標①");
        assertThat(views.name()).isEqualTo("デジタルアーカイブの閲覧数(R6.3月~)");
        assertThat(views.valueFor(2022).name()).isNull();
        assertThat(views.valueFor(2022).target().text()).isEqualTo("-");
        assertThat(views.valueFor(2024).name()).isEqualTo("デジタルアーカイブの閲覧数(通年)");
        assertThat(views.valueFor(2024).actual().number()).isEqualByComparingTo("69085");

        Indicator pilots = indicator(initiative(plan, "01-06"), "成果目標②");
        assertThat(pilots.name()).isEqualTo("ドローン操作の国家資格を取得した職員数の累計");
        assertThat(pilots.valueFor(2022).target().text()).isEqualTo("_");
        assertThat(pilots.valueFor(2022).target().hasNumber()).isFalse();
    }

    @Test
    void keepsCellsWithSeveralQuantitiesAsTextOnly() throws ImportException {
        Indicator nonReaders = indicator(initiative(read(), "01-13"), "成果目標①");

        assertThat(nonReaders.name()).isEqualTo("市内児童生徒の不読率");
        assertThat(nonReaders.valueFor(2022).target().text()).isEqualTo("小 8.9% 中 12.8%");
        assertThat(nonReaders.valueFor(2022).target().number()).isNull();
    }

    @Test
    void readsAnActualWithARemarkInBrackets() throws ImportException {
        IndicatorValue first = indicator(initiative(read(), "03-03"), "成果目標①").valueFor(2022);

        assertThat(first.actual().text()).isEqualTo("20件(379件)");
        assertThat(first.actual().number()).isEqualByComparingTo("20");
        assertThat(first.actual().unit()).isEqualTo("件");
    }

    @Test
    void mapsYearColumnsByPositionEvenWhereTheHeaderIsDefective() throws ImportException {
        PlanDocument plan = read();

        // 01-12's header lacks 令和4年度, 01-07's header merges three labels into one cell
        assertThat(indicator(initiative(plan, "01-12"), "成果目標①").valueFor(2025).target().text())
                .isEqualTo("アセスメントの実施");
        assertThat(indicator(initiative(plan, "01-07"), "成果目標①").valueFor(2022).target().text())
                .isEqualTo("5,100人");
        assertThat(indicator(initiative(plan, "04-01"), "成果目標①").valueFor(2024).actual().text())
                .isEqualTo("4,552人");
    }

    @Test
    void leavesOutYearsAndIndicatorsTheSheetLeftBlank() throws ImportException {
        PlanDocument plan = read();

        Initiative analog = initiative(plan, "03-07");
        assertThat(analog.indicators()).extracting(Indicator::label).containsExactly("成果目標①");
        Indicator review = analog.indicators().get(0);
        assertThat(review.values()).extracting(IndicatorValue::fiscalYear).containsExactly(2025);
        assertThat(review.valueFor(2025).target().text()).isEqualTo("全対象について検討完了");
        assertThat(review.valueFor(2025).actual()).isNull();

        assertThat(indicator(initiative(plan, "03-06"), "成果目標①").values())
                .extracting(IndicatorValue::fiscalYear).containsExactly(2024);
    }

    @Test
    void readsTheLastSheetToItsLastActuals() throws ImportException {
        Indicator literacy = indicator(initiative(read(), "04-02"), "成果目標③");

        assertThat(literacy.name()).isEqualTo("ICTリテラシー向上");
        assertThat(literacy.valueFor(2022).target().text()).isEqualTo("研修検討·実施(一部)");
        assertThat(literacy.valueFor(2022).actual().text()).isEqualTo("研修実施");
    }

    @Test
    void readsALastSheetCutOffAfterItsTargetRowWithoutActuals() throws ImportException {
        SourceText seed = Seeds.source(Seeds.DX_SHEETS);
        String lastRow = seed.row(seed.lineCount()).raw();
        assertThat(lastRow).startsWith("3\t実績");

        PlanDocument plan = importer.read(firstLines(seed.lineCount() - 1));

        Indicator literacy = indicator(initiative(plan, "04-02"), "成果目標③");
        assertThat(literacy.valueFor(2025).target().text()).isEqualTo("研修実施");
        assertThat(literacy.values()).extracting(IndicatorValue::actual).containsOnlyNulls();
    }

    @Test
    void storesNoMarkupInAnyText() throws ImportException {
        List<String> texts = new ArrayList<>();
        for (Initiative initiative : read().allInitiatives()) {
            texts.add(initiative.title());
            initiative.texts().forEach(t -> texts.add(t.text()));
            initiative.schedule().forEach(s -> texts.add(s.task()));
            for (Indicator indicator : initiative.indicators()) {
                texts.add(indicator.name());
                indicator.values().stream()
                        .flatMap(v -> Stream.of(v.target(), v.actual()))
                        .filter(m -> m != null)
                        .forEach(m -> texts.add(m.text()));
            }
        }
        assertThat(texts).hasSizeGreaterThan(500).noneMatch(t -> t != null && MARKUP.matcher(t).find());
    }

    @Test
    void refusesASheetCutOffBeforeItsScheduleAndNamesItsLine() {
        // keep lines 1..50: the file ends in the narrative of sheet 01-03 (施策ID on line 46)
        ImportException failure = catchThrowableOfType(ImportException.class, () -> importer.read(firstLines(50)));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Seeds.DX_SHEETS);
            assertThat(problem.line()).isEqualTo(46);
            assertThat(problem.message()).isEqualTo("sheet 01-03 (line 46) ends before its schedule and targets"
                    + " (取組みスケジュールと成果目標): the document is cut off");
        });
    }

    @Test
    void refusesASheetCutOffBeforeItsIndicatorRows() {
        // keep lines 1..60: sheet 01-03 ends in its schedule, before its first 評価項目 row (line 61)
        ImportException failure = catchThrowableOfType(ImportException.class, () -> importer.read(firstLines(60)));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(46);
            assertThat(problem.message()).contains("sheet 01-03", "成果目標", "評価項目", "cut off");
        });
    }

    @Test
    void reportsEverySheetItCannotReadInLineOrder() {
        // 01-05 loses its 施策名 row (line 93) and the file stops inside sheet 04-02 (施策ID on line 693)
        List<String> lines = new ArrayList<>(lines(Seeds.source(Seeds.DX_SHEETS)).subList(0, 700));
        lines.remove(92);
        SourceText broken = SourceText.of(Seeds.DX_SHEETS, String.join("\n", lines));

        ImportException failure = catchThrowableOfType(ImportException.class, () -> importer.read(broken));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).extracting(ImportProblem::line).containsExactly(92, 692);
        assertThat(failure.problems().get(0).message()).contains("sheet 01-05", "施策名");
        assertThat(failure.problems().get(1).message()).contains("sheet 04-02", "取組みスケジュールと成果目標");
        assertThat(failure.getMessage()).contains(Seeds.DX_SHEETS + ":92:");
    }

    private PlanDocument read() throws ImportException {
        return importer.read(Seeds.source(Seeds.DX_SHEETS));
    }

    private static SourceText firstLines(int count) {
        List<String> lines = lines(Seeds.source(Seeds.DX_SHEETS));
        return SourceText.of(Seeds.DX_SHEETS, String.join("\n", lines.subList(0, count)));
    }

    private static List<String> lines(SourceText source) {
        return source.rows().stream().map(Row::raw).toList();
    }

    private static Initiative initiative(PlanDocument plan, String code) {
        return plan.allInitiatives().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no initiative " + code));
    }

    private static Indicator indicator(Initiative initiative, String label) {
        return initiative.indicators().stream().filter(i -> i.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + label + " in " + initiative.code()));
    }
}
