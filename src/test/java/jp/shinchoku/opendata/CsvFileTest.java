package jp.shinchoku.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final int DX_SHEETS = 3;
    private static final int REFORM_PROGRESS = 4;

    /** The records of a CSV file written by {@link CsvFile}, after checking and dropping its byte-order mark. */
    private static List<CSVRecord> read(byte[] csv) throws IOException {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.builder().setHeader().get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void aCsvFileStartsWithAByteOrderMarkAndEndsEveryRecordWithCrLf() {
        byte[] csv = CsvFile.write(PlanTables.departments(OpenDataFixtures.seed(REFORM_PROGRESS), OpenDataFixtures.AS_OF));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF団体名,計画名,時点,課名,担当取組数,関係取組数,担当取組番号,電話番号\r\n").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void theIndicatorFileGivesDxInitiative0101sFirstYearWithItsRateGradeAndBasis() throws IOException {
        List<CSVRecord> rows = read(CsvFile.write(PlanTables.indicators(OpenDataFixtures.seed(DX_SHEETS),
                OpenDataFixtures.AS_OF)));
        CSVRecord r = rows.stream().filter(x -> x.get("取組番号").equals("01-01") && x.get("指標番号").equals("成果目標①")
                && x.get("年度").equals("2022")).findFirst().orElseThrow();
        // seed 003, 施策ID 01-01, 成果目標①, 令和4年度: 目標 30,000千円, 実績 40,529千円; 40,529 ÷ 30,000 = 1.351
        Map<String, String> expected = Map.ofEntries(Map.entry("団体名", "木更津市"), Map.entry("時点", "2025-01-15"),
                Map.entry("取組名", "電子地域通貨・行政ポイントを活用した地域経済の活性化"),
                Map.entry("指標名", "月間利用金額 (年度月平均)"), Map.entry("方向", "増加"), Map.entry("年度表記", "令和4年度"),
                Map.entry("目標", "30,000千円"), Map.entry("目標値", "30000"), Map.entry("目標単位", "千円"),
                Map.entry("実績", "40,529千円"), Map.entry("実績値", "40529"), Map.entry("実績単位", "千円"),
                Map.entry("達成率(%)", "135.1"), Map.entry("評価", "A"), Map.entry("評価区分", "達成"),
                Map.entry("根拠", "実績 40,529千円 ÷ 目標 30,000千円 = 135.1%"),
                // R6: 33,474千円 is below the straight path from 30,000 (R4) to 60,000 (R7), 50,000
                Map.entry("進捗", "遅れ"));
        expected.forEach((column, value) -> assertThat(r.get(column)).as(column).isEqualTo(value));
        // 成果目標① has four years (R4–R7), 成果目標② four more
        assertThat(rows.stream().filter(x -> x.get("取組番号").equals("01-01"))).hasSize(8);
    }

    @Test
    void theInitiativeFileGivesEachProjectWithItsPillarDepartmentAndTexts() throws IOException {
        List<CSVRecord> rows = read(CsvFile.write(PlanTables.initiatives(OpenDataFixtures.seed(REFORM_PROGRESS),
                OpenDataFixtures.AS_OF, GradeScale.DEFAULT)));
        assertThat(rows).hasSize(15);
        CSVRecord first = rows.get(0);
        assertThat(first.get("章・柱")).isEqualTo("5つの柱① ヒト");
        assertThat(first.get("取組番号")).isEqualTo("1");
        assertThat(first.get("取組名")).isEqualTo("人事評価制度の充実 (複線型人事制度の確立)");
        assertThat(first.get("担当課")).isEqualTo("総務部職員課");
        assertThat(first.get("指標数")).isEqualTo("1");
        assertThat(first.get("内容")).startsWith("【現状と課題】自治体業務の多様化・複雑化が進む中、")
                .contains("\n【課題解決に向けた方向性・活動内容】職員の能力を適正に評価し、");
    }

    @Test
    void commasQuotesAndLineBreaksInJapaneseTextAreQuotedAndReadBackWhole() throws IOException {
        String title = "窓口、手続の\"見直し\"（第2期）\n2行目";
        Initiative i = new Initiative("A-1", null, title, List.of("市民課"), List.of(), List.of(), 2025,
                List.of(new LabeledText("概要", "一文目。\n二文目, 続き")), List.of(), List.of());
        PlanDocument plan = new PlanDocument(PlanDocument.FORMAT, "某市", "計画", null, List.of(2025), null, List.of(),
                List.of(new Section("第1章", "くらし", List.of(), List.of(), List.of(i))));
        byte[] csv = CsvFile.write(PlanTables.initiatives(plan, OpenDataFixtures.AS_OF, GradeScale.DEFAULT));

        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",\"窓口、手続の\"\"見直し\"\"（第2期）\n2行目\",")
                .contains(",\"【概要】一文目。\n二文目, 続き\"\r\n");
        CSVRecord r = read(csv).get(0);
        assertThat(r.get("取組名")).isEqualTo(title);
        assertThat(r.get("内容")).isEqualTo("【概要】一文目。\n二文目, 続き");
        assertThat(r.get("章・柱")).isEqualTo("第1章 くらし");
        assertThat(r.get("目標年度")).isEqualTo("2025");
    }

    @Test
    void theDepartmentFileCountsWhatEachDepartmentOwnsAndSupports() throws IOException {
        Initiative a = new Initiative("1", null, "一", List.of("企画課"), List.of("財政課"), List.of(), null, List.of(),
                List.of(), List.of());
        Initiative b = new Initiative("2", null, "二", List.of("企画課", "財政課"), List.of(), List.of(), null, List.of(),
                List.of(), List.of());
        PlanDocument plan = new PlanDocument(PlanDocument.FORMAT, "某市", "計画", null, List.of(), null, List.of(),
                List.of(new Section("1", "章", List.of(), List.of(), List.of(a, b))));
        List<CSVRecord> rows = read(CsvFile.write(PlanTables.departments(plan, OpenDataFixtures.AS_OF)));
        assertThat(rows).extracting(r -> r.get("課名")).containsExactly("企画課", "財政課");
        assertThat(rows.get(0).get("担当取組数")).isEqualTo("2");
        assertThat(rows.get(0).get("担当取組番号")).isEqualTo("1、2");
        assertThat(rows.get(1).get("担当取組数")).isEqualTo("1");
        assertThat(rows.get(1).get("関係取組数")).isEqualTo("1");
    }

    @Test
    void docsOpendataMdDocumentsEveryColumnOfEveryTableByIdentifierAndHeader() throws IOException {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/opendata.md"));
        List<Table> tables = PlanTables.of(OpenDataFixtures.seed(REFORM_PROGRESS), OpenDataFixtures.AS_OF, GradeScale.DEFAULT);
        assertThat(tables).extracting(Table::id).containsExactly("initiatives", "indicators", "departments");
        for (Table table : tables) {
            assertThat(docs).contains("### " + table.id() + ".csv (" + table.title() + ")");
            for (Column c : table.columns()) {
                assertThat(docs).as(table.id()).contains("| `" + c.id() + "` | " + c.header() + " |");
            }
        }
    }
}
