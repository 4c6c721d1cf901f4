package jp.shinchoku.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.document.PlanDocument;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.shinchoku.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Every seed plan, written to the template and read back, is the same plan. */
class TemplateRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TemplateWriter.Format.class)
    void everySeedSurvivesTheTemplateUnchanged(TemplateWriter.Format format) throws Exception {
        for (PlanDocument seed : SeedDocuments.all()) {
            Path file = Files.write(dir.resolve("plan." + format), TemplateWriter.plan(seed, format));

            PlanDocument back = KpiTables.preview(file, ImportOptions.NONE, MappingOverride.NONE);

            assertThat(back).as(seed.title()).usingRecursiveComparison().isEqualTo(seed);
            assertThat(back).isEqualTo(seed);
        }
    }

    @ParameterizedTest
    @EnumSource(TemplateWriter.Format.class)
    void everyTestTableSurvivesTheTemplateWithTheUnitsItsColumnsGave(TemplateWriter.Format format) throws Exception {
        try (var files = Files.list(TableFixtures.DIR)) {
            for (Path table : files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*")).toList()) {
                PlanDocument plan = TableFixtures.read(table);
                Path file = Files.write(dir.resolve("plan." + format), TemplateWriter.plan(plan, format));

                assertThat(KpiTables.preview(file, ImportOptions.NONE, MappingOverride.NONE)).as(table.toString())
                        .isEqualTo(plan);
            }
        }
    }

    @Test
    void aRowOfAnUnknownKindOrOutOfPlaceIsNamedByRowAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.csv"), """
                種別,階層,番号,記号,名称,本文,担当課,関係課,目標年度,単位,年度,基準値,目標,実績,備考
                計画,,,,手書きの計画,,,,,,,,,,
                取組,,1,,章のない取組,,,,,,,,,,
                章,2,,,深すぎる章,,,,,,,,,,
                章,1,,,章,,,,,,,,,,
                目標,,,,,,,,,,,,,,
                取組,,1,,取組,,,,,,,,,,
                指標,,,,来庁者数,,,,,,,,,,
                指標値,,,,,,,,,,来年度,,10,,
                """);

        assertThatThrownBy(() -> KpiTables.preview(file, ImportOptions.NONE, MappingOverride.NONE))
                .isInstanceOf(ImportException.class).hasMessage(String.join("\n",
                        file + ":3:1: a 「取組」 row needs a 「章」 row above it to belong to",
                        file + ":4:2: 階層 「2」 cannot be read: a 章 is at 1 (outermost) to 1 (one below the 章 above)",
                        file + ":6:1: 「目標」 is no 種別 of the template: use 計画, 団体, 基準日, 計画期間, 出典, 計画本文, 章, 章本文, "
                                + "取組, 取組本文, 連絡先, 工程, 指標, 指標値",
                        file + ":9:11: cannot read the fiscal year 「来年度」: write it as 2023, R5 or 令和5年度"));
    }
}
