package jp.shinchoku.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are tables, and how a mapping changes what the inference would do. */
class KpiTablesTest {

    @TempDir
    Path dir;

    @Test
    void theSeedDocumentsStayWithTheirOwnLayouts() throws Exception {
        for (String seed : new String[] {Seeds.MANIFESTO, Seeds.CITY_REFORM, Seeds.PREFECTURE_SHEETS, Seeds.DX_SHEETS,
                Seeds.REFORM_PROGRESS}) {
            Path file = Files.write(dir.resolve(seed), Seeds.bytes(seed));
            assertThat(KpiTables.handles(file)).as(seed).isFalse();
        }
    }

    @Test
    void tableFilesAreKnownByExtensionOrByAHeaderInText() throws Exception {
        assertThat(KpiTables.handles(TableFixtures.file("01-wide-reiwa.csv"))).isTrue();
        assertThat(KpiTables.handles(TableFixtures.file("07-aligned.txt"))).isTrue();
        assertThat(KpiTables.handles(Files.writeString(dir.resolve("memo.txt"), "会議メモ\n来週までに確認\n"))).isFalse();
    }

    @Test
    void theLayoutIsNamedWidePairedLongOrTransposed() throws Exception {
        assertThat(KpiTables.explain(TableFixtures.file("01-wide-reiwa.csv"), MappingOverride.NONE)).contains("wide table");
        assertThat(KpiTables.explain(TableFixtures.file("02-paired-heisei-cp932.csv"), MappingOverride.NONE))
                .contains("paired table");
        assertThat(KpiTables.explain(TableFixtures.file("03-long-western-bom.csv"), MappingOverride.NONE))
                .contains("long table");
        assertThat(KpiTables.explain(TableFixtures.file("04-transposed.tsv"), MappingOverride.NONE))
                .contains("transposed table");
    }

    @Test
    void aMappingCanSayAYearColumnHoldsTargetsAndGiveThePlanPeriod() throws Exception {
        Path table = Files.writeString(dir.resolve("t.csv"), "指標名,R4,R5,最終目標\n相談件数,40,45,60\n");
        assertThatThrownBy(() -> KpiTables.preview(table, ImportOptions.NONE, MappingOverride.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining(":1:4: header 「最終目標」 is the target for the "
                        + "end of the plan period, but the table does not say the period");

        MappingOverride override = new MappingOverride(null, null, null, 2026,
                Map.of("C", new MappingOverride.ColumnSpec(Role.VALUE, 2023, Kind.TARGET)));
        var plan = KpiTables.preview(table, ImportOptions.NONE, override);

        assertThat(TableFixtures.values(TableFixtures.indicator(plan, "相談件数"))).containsExactly(
                "2022 目標 - / 実績 40", "2023 目標 45 / 実績 -", "2026 目標 60 / 実績 -");
    }

    @Test
    void aShiftJisTextTableIsStillATable() throws Exception {
        Path table = Files.write(dir.resolve("kpi.txt"), "指標名    R4目標    R4実績\n相談件数    40    38\n"
                .getBytes(java.nio.charset.Charset.forName("windows-31j")));

        assertThat(KpiTables.handles(table)).isTrue();
        assertThat(TableFixtures.values(TableFixtures.indicator(TableFixtures.read(table), "相談件数")))
                .containsExactly("2022 目標 40 / 実績 38");
    }

    @Test
    void anUploadIsReadFromItsNameAndBytesAsAFileIs() throws Exception {
        Path file = TableFixtures.file("05-two-row-header.csv");
        var options = new ImportOptions("テスト市", "健康");

        assertThat(KpiTables.preview("05-two-row-header.csv", Files.readAllBytes(file), options, MappingOverride.NONE))
                .isEqualTo(KpiTables.preview(file, options, MappingOverride.NONE));
        assertThat(KpiTables.mapping("05-two-row-header.csv", Files.readAllBytes(file), MappingOverride.NONE).columns())
                .extracting(Column::role).containsExactly(Role.SECTION, Role.INITIATIVE, Role.INDICATOR, Role.VALUE,
                        Role.VALUE, Role.VALUE, Role.VALUE, Role.VALUE, Role.VALUE);
    }

    @Test
    void aTransposedTablesRowsOfForecastsAndRatesAreReadButNotKept() throws Exception {
        Path table = Files.writeString(dir.resolve("t.tsv"), String.join("\n",
                "指標名\t区分\tR4\tR5",
                "相談件数\t目標値\t40\t45",
                "\t実績値\t38\t",
                "\t見込\t\t44",
                "\t達成率\t95.0%\t", ""));

        assertThat(TableFixtures.values(TableFixtures.indicator(TableFixtures.read(table), "相談件数")))
                .containsExactly("2022 目標 40 / 実績 38", "2023 目標 45 / 実績 -");
    }
}
