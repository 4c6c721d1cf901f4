package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChibaCityManifestoImporterTest {

    private static final ChibaCityManifestoImporter IMPORTER = new ChibaCityManifestoImporter();
    private static PlanDocument plan;

    @BeforeAll
    static void read() throws ImportException {
        plan = IMPORTER.read(Seeds.source(Seeds.MANIFESTO));
    }

    private static Initiative no(int number) {
        return plan.allInitiatives().stream().filter(i -> i.code().equals(String.valueOf(number))).findFirst().orElseThrow();
    }

    @Test
    void readsFiveVisionsElevenPromisesAndEveryNumberedInitiative() {
        assertThat(plan.sections()).extracting(Section::label)
                .containsExactly("ビジョン1", "ビジョン2", "ビジョン3", "ビジョン4", "ビジョン5");
        assertThat(plan.sections().stream().flatMap(v -> v.sections().stream()).map(Section::label))
                .containsExactly("約束1", "約束2", "約束3", "約束4", "約束5", "約束6", "約束7", "約束8", "約束9", "約束10", "約束11");
        // The document numbers its rows 1 to 62: 約束11 holds No.61 and No.62.
        assertThat(plan.allInitiatives()).extracting(Initiative::code)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 62).mapToObj(String::valueOf).toList());
    }

    @Test
    void namesTheCityThePeriodAndTheTitle() {
        assertThat(plan.organization()).isEqualTo("千葉市");
        assertThat(plan.title()).isEqualTo("市長マニフェストに関する取組み");
        assertThat(plan.fiscalYears()).containsExactly(2021, 2022, 2023, 2024);
        assertThat(plan.texts().get(0).text()).startsWith("市長が掲げる「5つのビジョンと11の約束」");
    }

    @Test
    void takesSectionTitlesFromTheBodyNotTheTableOfContents() {
        assertThat(plan.sections().get(1).title()).isEqualTo("誰もが安心でき、今日より明日がきっとよくなると思えるまちづくり");
        assertThat(plan.sections().get(1).sections().get(0).initiatives()).hasSize(10);
    }

    @Test
    void readsTheFirstInitiativeWithItsBulletsAndContact() {
        Initiative first = no(1);
        assertThat(first.title()).isEqualTo("新型コロナワクチン接種体制の整備");
        assertThat(first.targetFiscalYear()).isNull();
        assertThat(first.contacts()).containsExactly(new Contact("保健福祉局医療衛生部医療政策課", "043-245-5854", null));
        assertThat(first.text("主な取組内容")).startsWith("・個別接種の円滑な接種体制の確立\n・集団接種の接種会場確保及び円滑な運営");
        assertThat(first.text("概要")).startsWith("希望する市民が迅速にワクチン接種を行える体制を整備するため");
    }

    @Test
    void keepsWhatEachPhoneNumberIsFor() {
        assertThat(no(2).contacts()).contains(
                new Contact("保健福祉局医療衛生部医療政策課", "043-245-5202", "行政検査"),
                new Contact("保健福祉局医療衛生部医療政策課", "043-245-5737", "接待を伴う飲食店"));
        assertThat(no(2).ownerDepartments()).hasSize(4).endsWith("保健福祉局医療衛生部医療政策課");
        assertThat(no(26).contacts().get(0)).isEqualTo(new Contact("保健福祉局健康福祉部健康支援課", "043-238-9930", "がん検診"));
    }

    @Test
    void readsTargetYearsWrittenAsReiwa() {
        assertThat(no(4).targetFiscalYear()).isEqualTo(2024);
        assertThat(no(14).targetFiscalYear()).isEqualTo(2022);
        assertThat(no(16).targetFiscalYear()).isEqualTo(2023);
        assertThat(no(50).targetFiscalYear()).isEqualTo(2022);
    }

    @Test
    void joinsDepartmentNamesThatThePdfWrappedOverLines() {
        assertThat(no(14).ownerDepartments()).containsExactly("教育委員会事務局学校教育部保健体育課");
        assertThat(no(53).ownerDepartments()).containsExactly("市民局生活文化スポーツ部スポーツ振興課",
                "総合政策局オリンピック・パラリンピック推進部オリンピック・パラリンピック調整課");
        assertThat(no(11).ownerDepartments()).startsWith("こども未来局こども未来部幼保支援課");
    }

    @Test
    void keepsSeveralExtensionsOfOnePhoneNumberAsWritten() {
        assertThat(no(12).contacts()).extracting(Contact::phone).containsExactly("043-245-5725", "043-245-5977,5728,5323");
    }

    @Test
    void readsTitlesWrappedInParagraphMarkupAsPlainText() {
        assertThat(no(26).title()).isEqualTo("がん検診の受診率向上、特定健康診査の受診率の向上、がん治療と仕事の両立支援");
        assertThat(no(61).title()).isEqualTo("市役所への手続のデジタル化");
        assertThat(no(62).title()).isEqualTo("専門性や課題解決力を養う人材育成の推進");
        assertThat(no(61).text("主な取組内容")).isEqualTo("・市役所への手続の原則オンライン化\n・キャッシュレス化の推進");
    }

    @Test
    void neverStoresMarkup() {
        for (Initiative i : plan.allInitiatives()) {
            assertThat(i.title()).doesNotContainPattern("<[a-zA-Z/]");
            i.texts().forEach(t -> assertThat(t.text()).doesNotContainPattern("<[a-zA-Z/]"));
            i.contacts().forEach(c -> assertThat(c.department()).doesNotContainPattern("<[a-zA-Z/]"));
        }
    }

    @Test
    void recognizesOnlyItsOwnLayout() {
        assertThat(IMPORTER.recognizes(Seeds.source(Seeds.MANIFESTO))).isTrue();
        for (String other : List.of(Seeds.CITY_REFORM, Seeds.PREFECTURE_SHEETS, Seeds.DX_SHEETS, Seeds.REFORM_PROGRESS)) {
            assertThat(IMPORTER.recognizes(Seeds.source(other))).as(other).isFalse();
        }
    }

    @Test
    void refusesADocumentCutOffAfterItsThirdPromise() {
        SourceText cut = firstLines(75);
        assertThatThrownBy(() -> IMPORTER.read(cut))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo("cut.txt");
                        assertThat(p.line()).isEqualTo(22);
                        assertThat(p.message()).contains("約束5").contains("table of contents").contains("cut off");
                    });
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("約束4 has no 取組 rows"));
                });
    }

    @Test
    void refusesARowCutOffInTheMiddle() {
        String[] lines = text().split("\n", -1);
        lines[39] = String.join("\t", Arrays.copyOf(lines[39].split("\t"), 3));
        SourceText cut = SourceText.of("cut.txt", String.join("\n", lines));
        assertThatThrownBy(() -> IMPORTER.read(cut)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::toString)
                        .contains("cut.txt:40: 取組 No.1 has 3 of 6 cells (No., 取組名, 概要, 主な取組内容, 目標年度, 担当課): the row is cut off"));
    }

    private static String text() {
        return new String(Seeds.bytes(Seeds.MANIFESTO), StandardCharsets.UTF_8);
    }

    private static SourceText firstLines(int count) {
        String[] lines = text().split("\n", -1);
        return SourceText.of("cut.txt", String.join("\n", Arrays.copyOf(lines, count)));
    }
}
