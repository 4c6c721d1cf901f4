package jp.shinchoku.table;

import static jp.shinchoku.table.TableFixtures.evaluated;
import static jp.shinchoku.table.TableFixtures.file;
import static jp.shinchoku.table.TableFixtures.grades;
import static jp.shinchoku.table.TableFixtures.indicator;
import static jp.shinchoku.table.TableFixtures.initiativesWithOwners;
import static jp.shinchoku.table.TableFixtures.names;
import static jp.shinchoku.table.TableFixtures.read;
import static jp.shinchoku.table.TableFixtures.units;
import static jp.shinchoku.table.TableFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The twelve hand-written KPI tables (docs/import-template.md describes each): every one imports
 * with the indicators and values read off the table by hand, and evaluates.
 */
class KpiTableImportTest {

    @TempDir
    Path dir;

    @Test
    void a01WideTableWithReiwaYearsReadsEachYearAsAnActualAndTheLastColumnAsTheTarget() throws Exception {
        PlanDocument plan = evaluated(file("01-wide-reiwa.csv"));

        assertThat(plan.sections()).extracting(s -> s.label() + " " + s.title())
                .containsExactly("1 稼ぐ力を高める", "2 子育てを支える");
        assertThat(initiativesWithOwners(plan)).containsExactly(entry("1-1 農業の振興", "農政課"),
                entry("1-2 観光の振興", "観光振興課"), entry("2-1 保育の充実", "保育課"));
        Indicator farmers = indicator(plan, "新規就農者数(人)");
        assertThat(values(farmers)).containsExactly("2021 目標 - / 実績 8", "2022 目標 - / 実績 11",
                "2023 目標 - / 実績 9", "2025 目標 50 / 実績 -");
        assertThat(units(farmers)).containsExactly("人");
        assertThat(units(indicator(plan, "観光入込客数(万人)"))).containsExactly("万人");
        assertThat(plan.fiscalYears()).containsExactly(2021, 2022, 2023, 2025);
        assertThat(indicator(plan, "待機児童数(人)").direction()).isEqualTo("decrease");
        assertThat(farmers.direction()).isEqualTo("increase");
    }

    @Test
    void a02PairedHeiseiTableInShiftJisSkipsTheTotalAndTheNoteAndRatesEachYear() throws Exception {
        PlanDocument plan = evaluated(file("02-paired-heisei-cp932.csv"));

        assertThat(names(plan)).containsExactly("市民活動団体登録数", "図書館利用者数");
        assertThat(plan.allInitiatives()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("02-paired-heisei-cp932");
            assertThat(i.ownerDepartments()).containsExactly("市民協働課", "中央図書館");
        });
        Indicator groups = indicator(plan, "市民活動団体登録数");
        assertThat(values(groups)).containsExactly("2015 目標 120 / 実績 118", "2016 目標 130 / 実績 135",
                "2017 目標 140 / 実績 -");
        assertThat(units(groups)).containsExactly("団体");
        assertThat(grades(groups)).containsExactly("2015 B 98.3", "2016 A 103.8");
        Indicator library = indicator(plan, "図書館利用者数");
        assertThat(library.valueFor(2015).target().number()).isEqualByComparingTo("250000");
        assertThat(grades(library)).containsExactly("2015 B 92.6", "2016 A 102.9");
    }

    @Test
    void a03LongTableWithWesternYearsAndABomCarriesTheInitiativeDownAndTakesCodesFromTheirColumn() throws Exception {
        PlanDocument plan = evaluated(file("03-long-western-bom.csv"));

        assertThat(initiativesWithOwners(plan).keySet()).containsExactly("1-1 地域防災力の強化", "1-2 消防体制の充実");
        Indicator rate = indicator(plan, "自主防災組織の結成率");
        assertThat(values(rate)).containsExactly("2021 目標 85.0 / 実績 83.2", "2022 目標 87.0 / 実績 88.1",
                "2023 目標 90.0 / 実績 -");
        assertThat(units(rate)).containsExactly("%");
        assertThat(grades(rate)).containsExactly("2021 B 97.9", "2022 A 101.3");
        Indicator ambulance = indicator(plan, "救急車の現場到着時間");
        assertThat(ambulance.direction()).isEqualTo("decrease");
        assertThat(grades(ambulance)).containsExactly("2021 B 95.5", "2022 B 98.8");
    }

    @Test
    void a04TransposedTableTakesEachRowsKindFromItsLabelAndTheNameFromTheBlocksFirstRow() throws Exception {
        PlanDocument plan = evaluated(file("04-transposed.tsv"));

        assertThat(names(plan)).containsExactly("空き家バンク登録件数(件)", "移住相談件数(件)");
        Indicator vacant = indicator(plan, "空き家バンク登録件数(件)");
        assertThat(values(vacant)).containsExactly("2021 目標 20 / 実績 18", "2022 目標 25 / 実績 27",
                "2023 目標 30 / 実績 31", "2024 目標 35 / 実績 -");
        assertThat(grades(vacant)).containsExactly("2021 B 90.0", "2022 A 108.0", "2023 A 103.3");
        Indicator consultations = indicator(plan, "移住相談件数(件)");
        assertThat(values(consultations)).containsExactly("2021 目標 100 / 実績 95", "2022 目標 120 / 実績 96",
                "2023 目標 140 / 実績 -", "2024 目標 160 / 実績 -");
        assertThat(grades(consultations)).containsExactly("2021 B 95.0", "2022 B 80.0");
    }

    @Test
    void a05HeaderOverTwoRowsPutsEachYearOverItsTargetAndActual() throws Exception {
        PlanDocument plan = evaluated(file("05-two-row-header.csv"));

        assertThat(plan.sections()).extracting(s -> s.label() + " " + s.title())
                .containsExactly("1 健康で長生き", "2 学びの充実");
        assertThat(plan.sections().get(0).initiatives()).extracting(i -> i.title())
                .containsExactly("特定健診の受診促進", "がん検診の充実");
        Indicator checkups = indicator(plan, "特定健康診査受診率(%)");
        assertThat(values(checkups)).containsExactly("2022 目標 45.0 / 実績 41.3", "2023 目標 50.0 / 実績 44.8",
                "2024 目標 55.0 / 実績 -");
        assertThat(grades(checkups)).containsExactly("2022 B 91.8", "2023 B 89.6");
        assertThat(grades(indicator(plan, "胃がん検診受診率(%)"))).containsExactly("2022 A 104.2", "2023 B 99.2");
        assertThat(grades(indicator(plan, "市民一人当たり貸出冊数(冊)"))).containsExactly("2022 B 92.3", "2023 B 94.4");
    }

    @Test
    void a06WorkbookWithMergedCellsReadsTheMergedYearsTheMergedInitiativeAndThePlanPeriod() throws Exception {
        PlanDocument plan = evaluated(TableFixtures.mergedWorkbook(dir));

        assertThat(initiativesWithOwners(plan)).containsExactly(entry("電子申請の拡充", "DX推進課"),
                entry("職員数の適正化", "人事課"));
        assertThat(plan.allInitiatives().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("電子申請可能手続数", "窓口待ち時間");
        Indicator procedures = indicator(plan, "電子申請可能手続数");
        assertThat(procedures.baseline()).isEqualTo(new Baseline(2021, new Measure("120 (2021年度)",
                new java.math.BigDecimal("120"), "手続")));
        // 5ヵ年目標 is the target of the period's last year, 令和8年度 (2026)
        assertThat(values(procedures)).containsExactly("2022 目標 150 / 実績 162", "2023 目標 200 / 実績 215",
                "2026 目標 400 / 実績 -");
        assertThat(grades(procedures)).containsExactly("2022 A 108.0", "2023 A 107.5");
        Indicator waiting = indicator(plan, "窓口待ち時間");
        assertThat(waiting.direction()).isEqualTo("decrease");
        // (25 − 21) ÷ (25 − 22) and (25 − 18) ÷ (25 − 20)
        assertThat(grades(waiting)).containsExactly("2022 A 133.3", "2023 A 140.0");
        // (1250 − 1238) ÷ (1250 − 1240) and (1250 − 1236) ÷ (1250 − 1230)
        assertThat(grades(indicator(plan, "正規職員数"))).containsExactly("2022 A 120.0", "2023 C 70.0");
    }

    @Test
    void a07TextAlignedWithSpacesPlacesAMissingCellByItsPositionAndKeepsTheSourceColumnAsText() throws Exception {
        PlanDocument plan = evaluated(file("07-aligned.txt"));

        assertThat(names(plan)).containsExactly("市内の年間観光客数(千人)", "市民満足度(%)", "防災協定締結数(件)");
        Indicator tourists = indicator(plan, "市内の年間観光客数(千人)");
        assertThat(tourists.label()).isEqualTo("1");
        assertThat(values(tourists)).containsExactly("2018 目標 - / 実績 1,820", "2019 目標 - / 実績 1,905",
                "2020 目標 - / 実績 1,012", "2025 目標 2,000 / 実績 -");
        assertThat(tourists.valueFor(2018).actual().number()).isEqualByComparingTo("1820");
        assertThat(units(tourists)).containsExactly("千人");
        assertThat(values(indicator(plan, "市民満足度(%)"))).containsExactly("2018 目標 - / 実績 62.4",
                "2019 目標 - / 実績 63.0", "2025 目標 70.0 / 実績 -");
        assertThat(plan.allInitiatives().get(0).text("出典"))
                .isEqualTo("市内の年間観光客数(千人): 観光統計\n市民満足度(%): 市民意識調査\n防災協定締結数(件): 危機管理課資料");
        assertThat(tourists.direction()).isEqualTo("increase");
    }

    @Test
    void a08BaselineCellsGiveTheirOwnYearAndAYearlessTargetFallsInThePlanPeriodsLastYear() throws Exception {
        PlanDocument plan = evaluated(file("08-baseline-with-year-cp932.csv"));

        assertThat(initiativesWithOwners(plan).keySet()).containsExactly("Ⅰ 脱炭素社会", "Ⅱ 循環型社会");
        Indicator emissions = indicator(plan, "市域の温室効果ガス排出量(千t-CO2)");
        assertThat(emissions.baseline().fiscalYear()).isEqualTo(2013);
        assertThat(emissions.baseline().value().number()).isEqualByComparingTo("1234");
        assertThat(values(emissions)).containsExactly("2025 目標 864 / 実績 -");
        assertThat(units(emissions)).containsExactly("千t-CO2");
        assertThat(plan.allInitiatives().get(0).text("目標設定の考え方"))
                .isEqualTo("市域の温室効果ガス排出量(千t-CO2): 国の削減目標に準拠");
        Indicator waste = indicator(plan, "1人1日当たりごみ排出量(g)");
        assertThat(waste.baseline().fiscalYear()).isEqualTo(2019);
        assertThat(waste.direction()).isEqualTo("decrease");
        Indicator revision = indicator(plan, "ごみ処理基本計画の改定");
        assertThat(revision.baseline()).isEqualTo(new Baseline(null, Measure.of("未策定")));
        assertThat(values(revision)).containsExactly("2025 目標 策定 / 実績 -");
        assertThat(revision.direction()).isEqualTo("qualitative");
    }

    @Test
    void a09EmptyMarkersAreNoValueAndWordsAreQualitativeValues() throws Exception {
        PlanDocument plan = evaluated(file("09-qualitative-markers.csv"));

        assertThat(initiativesWithOwners(plan)).containsExactly(entry("子ども食堂支援", "こども家庭課"),
                entry("防災拠点整備", "危機管理課"), entry("地域公共交通計画", "交通政策課"), entry("デマンド交通", "交通政策課"));
        Indicator canteens = indicator(plan, "子ども食堂の設置数(箇所)");
        assertThat(values(canteens)).containsExactly("2022 目標 5 / 実績 6", "2023 目標 7 / 実績 -", "2024 目標 9 / 実績 -");
        assertThat(grades(canteens)).containsExactly("2022 A 120.0");
        Indicator base = indicator(plan, "防災拠点施設の整備");
        assertThat(values(base)).containsExactly("2022 目標 設計 / 実績 設計完了", "2023 目標 着工 / 実績 着工",
                "2024 目標 完了 / 実績 -");
        assertThat(grades(base)).containsExactly("2022 A", "2023 A");
        assertThat(values(indicator(plan, "計画の策定"))).containsExactly("2022 目標 策定 / 実績 策定");
        Indicator riders = indicator(plan, "利用者数(人)");
        assertThat(values(riders)).containsExactly("2022 目標 1,200 / 実績 -", "2023 目標 1,500 / 実績 1,380",
                "2024 目標 1,800 / 実績 -");
        assertThat(grades(riders)).containsExactly("2023 B 92.0");
    }

    @Test
    void a10DatesAndBareWesternYearsInHeadersNameTheirFiscalYears() throws Exception {
        PlanDocument plan = evaluated(file("10-date-headers.csv"));

        assertThat(values(indicator(plan, "自治会加入率(%)"))).containsExactly("2003 目標 - / 実績 78.2",
                "2004 目標 - / 実績 77.5", "2005 目標 - / 実績 76.9", "2006 目標 - / 実績 76.0", "2010 目標 80.0 / 実績 -");
        assertThat(values(indicator(plan, "ボランティア登録者数(人)"))).containsExactly("2003 目標 - / 実績 1520",
                "2004 目標 - / 実績 1611", "2005 目標 - / 実績 1702", "2006 目標 - / 実績 1755", "2010 目標 2000 / 実績 -");
        assertThat(plan.allInitiatives().get(0).text("出典"))
                .isEqualTo("自治会加入率(%): 市民課調べ\nボランティア登録者数(人): 社会福祉協議会");
        assertThat(indicator(plan, "自治会加入率(%)").direction()).isEqualTo("increase");
    }

    @Test
    void a11HeadingRowsStartSectionsAndTheSubtotalAndNoteAreSkipped() throws Exception {
        PlanDocument plan = evaluated(file("11-heading-rows.tsv"));

        assertThat(plan.sections()).extracting(s -> s.label() + " " + s.title())
                .containsExactly("基本目標1 安心して子どもを産み育てられるまち", "基本目標2 いきいきと働けるまち");
        assertThat(plan.sections().get(0).initiatives()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("安心して子どもを産み育てられるまち");
            assertThat(i.ownerDepartments()).containsExactly("こども政策課");
            assertThat(i.indicators()).extracting(k -> k.label() + " " + k.name())
                    .containsExactly("① 合計特殊出生率", "② 子育て支援センター利用者数(人)");
        });
        Indicator births = indicator(plan, "合計特殊出生率");
        assertThat(births.baseline()).isEqualTo(new Baseline(2019, Measure.of("1.32")));
        assertThat(values(births)).containsExactly("2022 目標 - / 実績 1.28", "2023 目標 - / 実績 1.25",
                "2024 目標 1.40 / 実績 -");
        Indicator workers = indicator(plan, "市内事業所の従業者数(人)");
        assertThat(workers.baseline().value().number()).isEqualByComparingTo("52300");
        assertThat(values(workers)).containsExactly("2022 目標 - / 実績 51,800", "2023 目標 - / 実績 52,900",
                "2024 目標 54,000 / 実績 -");
        assertThat(births.direction()).isEqualTo("increase");
    }

    @Test
    void a12LongTableWithAKindColumnAndOneValueColumnInShiftJis() throws Exception {
        PlanDocument plan = evaluated(file("12-long-kind-column-cp932.csv"));

        assertThat(plan.allInitiatives().get(0).indicators()).extracting(k -> k.label() + " " + k.name())
                .containsExactly("1 電子申請件数", "2 ペーパーレス会議の割合");
        Indicator applications = indicator(plan, "電子申請件数");
        assertThat(values(applications)).containsExactly("2021 目標 5,000 / 実績 4,812", "2022 目標 6,000 / 実績 6,530");
        assertThat(units(applications)).containsExactly("件");
        assertThat(grades(applications)).containsExactly("2021 B 96.2", "2022 A 108.8");
        assertThat(grades(indicator(plan, "ペーパーレス会議の割合"))).containsExactly("2021 C 77.0");
    }

    @Test
    void aValueColumnWhoseHeaderIsNotUnderstoodIsRefusedWithItsRowAndColumn() {
        assertThatThrownBy(() -> read(file("bad-header.csv"))).isInstanceOf(ImportException.class)
                .hasMessage(file("bad-header.csv") + ":1:4: header 「補正値」 not understood: its cells hold values, "
                        + "but it names no fiscal year and no 目標 / 実績; say what it holds with --mapping");
    }

    @Test
    void everyCellThatCannotBeReadIsNamedByRowAndColumn() {
        assertThatThrownBy(() -> read(file("bad-cells.csv"))).isInstanceOf(ImportException.class)
                .hasMessage(file("bad-cells.csv") + ":3:2: cannot read the fiscal year 「来年度」: write it as 令和5年度, R5, "
                        + "2023年度 or 2023\n" + file("bad-cells.csv")
                        + ":4:4: cannot read 「#DIV/0!」: the spreadsheet could not compute this cell");
    }
}
