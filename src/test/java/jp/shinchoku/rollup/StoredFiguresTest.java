package jp.shinchoku.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class StoredFiguresTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    PublicFigures figures;

    long reformPlan;
    long dxPlan;

    /** One indicator of 2024 with its target and actual as a sheet would give them. */
    private static Initiative initiative(String code, String target, String actual) {
        List<Indicator> indicators = target == null ? List.of()
                : List.of(new Indicator("指標", "件数", null, null, null, null, null, null, null,
                        List.of(new IndicatorValue(2024, null, Measure.of(target), Measure.of(actual)))));
        return new Initiative(code, null, "取組" + code, List.of("企画課"), List.of(), List.of(), null,
                List.of(new LabeledText("取組内容", "内容")), List.of(), indicators);
    }

    private static PlanDocument plan(String organization, String title, Section... sections) {
        return new PlanDocument(PlanDocument.FORMAT, organization, title, LocalDate.of(2025, 5, 31), List.of(2024), null,
                List.of(), List.of(sections));
    }

    @BeforeEach
    void publishTwoPlansOfKisarazuAndOneOfAnotherPrefecture() {
        TestDatabase.empty(jdbc);
        // 120 of 100 is achieved (A), 90 of 100 mostly (B), 10 of 100 not (D); no indicator, no grade
        PlanDocument reform = plan("木更津市", "経営改革推進計画",
                new Section("1", "財政", List.of(), List.of(), List.of(initiative("1", "100件", "120件"),
                        initiative("2", "100件", "90件"))),
                new Section("2", "組織", List.of(), List.of(), List.of(initiative("3", "100件", "10件"),
                        initiative("4", null, null))));
        PlanDocument dx = plan("木更津市", "DX推進計画",
                new Section("1", "行政", List.of(), List.of(), List.of(initiative("1", "100件", "100件"))));
        PlanDocument other = plan("北海道テスト町", "総合計画",
                new Section("1", "まち", List.of(), List.of(), List.of(initiative("1", "100件", "10件"))));
        var saved = imports.store(List.of(reform, dx, other), "test");
        reformPlan = saved.get(0).planId();
        dxPlan = saved.get(1).planId();
        for (var s : saved.subList(0, 2)) {
            publish(s.planId());
        }
    }

    private void publish(long planId) {
        long organization = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class)
                .single();
        snapshots.publish(new Actor("kikaku", Actor.Authority.ORGANIZATION, organization, Set.of()), planId,
                LocalDate.of(2025, 5, 31), "令和6年度 決算時", null);
    }

    @Test
    void publishingStoresTheCountsPerGradeOfThePlanAndOfEachSection() {
        List<Object[]> rows = jdbc.sql("""
                SELECT r.section_path, r.grade_a, r.grade_b, r.grade_c, r.grade_d, r.ungraded, r.initiatives, r.fiscal_year
                FROM snapshot_rollup r JOIN snapshot s ON s.id = r.snapshot_id WHERE s.plan_id = ? ORDER BY r.section_path""")
                .param(reformPlan).query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)})
                .list();
        assertThat(rows).containsExactly(
                new Object[] {"", 1, 1, 0, 1, 1, 4, 2024},
                new Object[] {"1", 1, 1, 0, 0, 0, 2, 2024},
                new Object[] {"2", 0, 0, 0, 1, 1, 2, 2024});
    }

    @Test
    void governmentsAndPlansGetAPrefectureKindAndTypeFromTheirNames() {
        var plans = figures.plans(new ListFilter("", "", "", 1)).rows();
        assertThat(plans).extracting(PlanFigures::organization, PlanFigures::prefecture, PlanFigures::kind,
                PlanFigures::planType).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("北海道テスト町", "北海道", "municipality", "other"),
                        org.assertj.core.groups.Tuple.tuple("木更津市", "千葉県", "municipality", "reform"),
                        org.assertj.core.groups.Tuple.tuple("木更津市", "千葉県", "municipality", "dx"));
        assertThat(Prefectures.kind("千葉県")).isEqualTo("prefecture");
        assertThat(Prefectures.of("千葉県")).contains("千葉県");
        assertThat(Prefectures.planType("市長マニフェストに関する取組み")).isEqualTo("manifesto");
    }

    @Test
    void theFrontPageFiltersByPrefectureAndPlanTypeWithPlainLinks() throws Exception {
        Document chiba = page("/?prefecture=千葉県");
        assertThat(chiba.select("table.plans tbody tr")).hasSize(2);
        Document dx = page("/?type=dx");
        assertThat(dx.select("table.plans tbody tr td:nth-child(3)").eachText()).containsExactly("DX推進計画");
        assertThat(dx.select("table.plans tbody tr td.grades").text()).isEqualTo("達成 1");
        Document unpublished = page("/?organization=テスト町");
        assertThat(unpublished.select("table.plans tbody tr td:last-child").text()).isEqualTo("未公表");
    }

    @Test
    void eachGovernmentOnTheFrontPageLinksToItsOwnPage() throws Exception {
        long kisarazu = jdbc.sql("SELECT id FROM organization WHERE name = '木更津市'").query(Long.class).single();
        Document kisarazuPlans = page("/?organization=木更津市");
        assertThat(kisarazuPlans.select("table.plans tbody tr td:first-child a").eachAttr("href"))
                .containsExactly("/organizations/" + kisarazu, "/organizations/" + kisarazu);
    }

    @Test
    void theFrontPageShowsFiftyPlansAPageWithALinkToTheNext() throws Exception {
        var many = new java.util.ArrayList<PlanDocument>();
        for (int i = 1; i <= 50; i++) {
            many.add(plan("千葉県デモ市" + i, "計画", new Section("1", "柱", List.of(), List.of(),
                    List.of(initiative("1", null, null)))));
        }
        imports.store(many, "test");
        Document first = page("/");
        assertThat(first.select("table.plans tbody tr")).hasSize(50);
        assertThat(first.select(".pager").text()).contains("1 / 2 ページ（53 件）");
        Document second = page(first.select(".pager a[rel=next]").attr("href"));
        assertThat(second.select("table.plans tbody tr")).hasSize(3);
    }

    @Test
    void theOverviewAddsUpEachGovernmentsPublishedPlans() throws Exception {
        Document overview = page("/overview");
        var rows = overview.select("table.overview tbody tr");
        // 北海道テスト町 published nothing; 木更津市: A 1+1, B 1, D 1, none 1 over 5 initiatives in 2 plans
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).select("th, td").eachText()).containsExactly("木更津市", "千葉県", "2", "5",
                "2 (40%)", "1 (20%)", "0 (0%)", "1 (20%)", "1 (20%)");
        // the bar: A from 0 to 40, B 40–60, D 60–80, none 80–100 (no rectangle for C's zero)
        assertThat(rows.get(0).select("svg rect")).extracting(r -> r.attr("class") + " " + r.attr("x") + " " + r.attr("width"))
                .containsExactly("bar-A 0.0 40.0", "bar-B 40.0 20.0", "bar-D 60.0 20.0", "bar-none 80.0 20.0");
    }

    @Test
    void figuresMissingForAnOlderSnapshotAreStoredOnStart() {
        jdbc.sql("DELETE FROM snapshot_rollup").update();
        assertThat(figures.plans(new ListFilter("木更津市", "", "dx", 1)).rows().get(0).counts()).isNull();
        store.latestWithoutFigures().forEach(store::record);
        assertThat(figures.plans(new ListFilter("木更津市", "", "dx", 1)).rows().get(0).counts())
                .isEqualTo(new GradeCounts(1, 0, 0, 0, 0));
    }

    @Autowired
    RollUpStore store;

    @Autowired
    PlanStore plans;

    @Test
    void aPlanStoredAgainAfterPublicationShowsItsNewYearsWithTheFiguresOfItsPublishedReport() throws Exception {
        PlanDocument dx = plan("木更津市", "DX推進計画",
                new Section("1", "行政", List.of(), List.of(), List.of(initiative("1", "100件", "100件"))));
        imports.store(List.of(new PlanDocument(PlanDocument.FORMAT, dx.organization(), dx.title(),
                LocalDate.of(2025, 9, 30), List.of(2024, 2025, 2026), null, List.of(), dx.sections())), "test");
        Document page = page("/?type=dx");
        var cells = page.select("table.plans tbody tr td");
        // the years are the plan's as it now stands; the date and counts those of the report published
        assertThat(cells.get(4).text()).isEqualTo("令和6年度 (2024) – 令和8年度 (2026)");
        assertThat(figures.plans(new ListFilter("", "", "dx", 1)).rows().get(0).publishedAsOf())
                .isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(page.select("table.plans tbody tr td.grades").text()).isEqualTo("達成 1");
    }

    /**
     * The lists show a government under the name it has now, which is the one a citizen searches
     * for; the report published before the change keeps the name it was published under. Nothing in
     * the application renames a government yet, so the change is made in the database, as an
     * administrator would, and the copies follow at the next start.
     */
    @Test
    void aGovernmentRenamedAfterPublicationIsListedUnderItsNewNameWhileItsReportKeepsTheOldOne() throws Exception {
        assertThat(store.keepAll(plans.headings())).isZero();
        jdbc.sql("UPDATE organization SET name = '千葉県木更津市' WHERE name = '木更津市'").update();
        // both of its plans name it
        assertThat(store.keepAll(plans.headings())).isEqualTo(2);

        assertThat(figures.plans(new ListFilter("千葉県木更津市", "", "", 1)).rows())
                .extracting(PlanFigures::title, PlanFigures::prefecture)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("経営改革推進計画", "千葉県"),
                        org.assertj.core.groups.Tuple.tuple("DX推進計画", "千葉県"));
        assertThat(page("/overview").select("table.overview tbody tr th").eachText())
                .containsExactly("千葉県木更津市");
        assertThat(snapshots.current(reformPlan).orElseThrow().document().organization()).isEqualTo("木更津市");
    }

    @Test
    void aPlanFirstSeenAtStartIsListedWithItsLatestReport() {
        jdbc.sql("DELETE FROM plan_profile WHERE plan_id = ?").param(dxPlan).update();
        assertThat(figures.plans(new ListFilter("", "", "dx", 1)).rows()).isEmpty();
        store.keepAll(plans.headings());
        store.latestWithoutFigures().forEach(store::record);
        var dx = figures.plans(new ListFilter("", "", "dx", 1)).rows();
        assertThat(dx).extracting(PlanFigures::id, PlanFigures::counts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(dxPlan, new GradeCounts(1, 0, 0, 0, 0)));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
