package jp.shinchoku.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.search.SearchIndex;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public pages on the seeds, with the values worked out from the documents and the rules of
 * docs/evaluation.md. The DX plan of 木更津市 (seed 003) is published as of 2023-09-01.
 */
@DatabaseTest
class PlanPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    PlanStore plans;

    @Autowired
    SearchIndex index;

    private List<SavedPlan> saved;
    private long dx;
    private long reform;
    private long firstReport;

    @BeforeEach
    void loadSeeds() {
        saved = TestDatabase.reloadSeeds(jdbc, imports);
        dx = saved.get(3).planId();
        reform = saved.get(4).planId();
        firstReport = snapshots.publish(Actor.system("test"), dx, LocalDate.of(2023, 9, 1), "令和5年度 予算時", null).id();
    }

    private Document page(String path, Object... variables) throws Exception {
        String html = mvc.perform(get(path, variables)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void theHomePageListsEveryPlanWithItsYearsBothWays() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("市長マニフェストに関する取組み")))
                .andExpect(content().string(containsString("令和3年度 (2021) – 令和6年度 (2024)")))
                .andExpect(content().string(containsString("令和5年9月1日 (2023-09-01)")));
    }

    @Test
    void anInitiativePageNamesTheGovernmentAndShowsTheGradeOfItsLatestYearInWordsAndSymbols() throws Exception {
        Document p = page("/plans/{id}/initiatives/01-01", dx);

        assertThat(p.title()).isEqualTo("01-01 電子地域通貨・行政ポイントを活用した地域経済の活性化 | DX推進計画 施策シート | 木更津市 | 進捗 Shinchoku");
        assertThat(p.select("meta[name=description]").attr("content")).contains("木更津市", "DX推進計画 施策シート",
                "電子地域通貨・行政ポイントを活用した地域経済の活性化", "産業振興課", "令和5年9月1日 (2023-09-01)");
        assertThat(p.select(".as-of").text()).contains("令和5年9月1日 (2023-09-01) 時点の公表");
        assertThat(p.select("nav.breadcrumbs li").eachText()).containsExactly("ホーム", "木更津市", "DX推進計画 施策シート",
                "01", "01-01 電子地域通貨・行政ポイントを活用した地域経済の活性化");
        // 令和6年度: ① 33,474 ÷ 60,000 = 55.8% (C), ② 1,002 ÷ 1,400 = 71.6% (C); the worst of the two is C
        assertThat(p.select("#grade-heading").text()).isEqualTo("令和6年度 (2024) 取組の評価");
        assertThat(p.select("section.summary .grade").text()).isEqualTo("△ C 一部達成");
        assertThat(p.select("section.summary .basis").text()).isEqualTo("2指標のうち最も低い評価");
        assertThat(p.select("dl.facts").text()).contains("担当課 産業振興課", "関係課 市民活動支援課");
    }

    @Test
    void eachIndicatorHasAChartAndATableOfTheSameNumbersPerFiscalYear() throws Exception {
        Document p = page("/plans/{id}/initiatives/01-01", dx);

        Element first = p.select("section.indicator").first();
        assertThat(first.select("h3").text()).startsWith("成果目標① 月間利用金額 (年度月平均)");
        assertThat(first.select("table.indicator tbody tr").eachText()).containsExactly(
                "令和4年度 (2022) 30,000千円 40,529千円 135.1% ◎ A 達成",
                "令和5年度 (2023) 35,000千円 62,588千円 178.8% ◎ A 達成",
                "令和6年度 (2024) 60,000千円 33,474千円 55.8% △ C 一部達成",
                "令和7年度 (2025) 60,000千円");
        String chart = first.select(".chart").attr("data-chart");
        assertThat(chart).contains("\"categories\":[\"令和4年度 (2022)\",\"令和5年度 (2023)\",\"令和6年度 (2024)\",\"令和7年度 (2025)\"]")
                .contains("\"data\":[30000,35000,60000,60000]").contains("\"data\":[40529,62588,33474,null]")
                .contains("\"unit\":\"千円\"");
        assertThat(first.select(".chart").attr("role")).isEqualTo("img");
        assertThat(first.select(".chart").attr("aria-label")).startsWith("成果目標① 月間利用金額 (年度月平均)");
        // the straight path from 30,000 (令和4年度) to 60,000 (令和7年度) passes 50,000 in 令和6年度; 33,474 lags it
        assertThat(first.select(".badge.off-track").text()).isEqualTo("▼ 遅れ");
        assertThat(p.select("script[src]").eachAttr("src")).containsExactly("/webjars/echarts/5.5.0/echarts.min.js",
                "/js/charts.js");
        assertThat(p.select("script:not([src])")).isEmpty();
    }

    @Test
    void anInitiativeWithNothingGradedShowsWhatIsLeftOutOfItsGrade() throws Exception {
        // 01-06 in 令和6年度: ① 随時企業との協定を締結 against 0件 waits for a person, with a proposal; ② 3人 is 申請中 (見込)
        Document p = page("/plans/{id}/initiatives/01-06", dx);

        assertThat(p.select("section.summary").text()).contains("—", "評価できる指標なし",
                "判定待ち 1件（うち提案 1件）、見込 1件");
        assertThat(p.select(".badge.provisional").text()).isEqualTo("見込");
        assertThat(p.select("ul.basis-list").text()).contains("提案（担当者の確認待ち）: × D 未達成");
    }

    @Test
    void thePlanDashboardCountsGradesPerSectionAndListsTheIndicatorsOffTrack() throws Exception {
        Document p = page("/plans/{id}", dx);

        // section 04: 04-01 is B (4,552 ÷ 5,000 = 91.0%), 04-02 is A (its three indicators are A in 令和6年度)
        Element row = p.select("table.section-counts tbody tr").last();
        assertThat(row.text()).isEqualTo("04 1 1 0 0 0 2");
        assertThat(row.select("a").attr("href")).isEqualTo("/plans/" + dx + "/sections/04");
        assertThat(p.select("section.off-track tbody tr").eachText())
                .anyMatch(t -> t.startsWith("01-01電子地域通貨・行政ポイントを活用した地域経済の活性化 ▼ 遅れ 成果目標① 月間利用金額 (年度月平均)"));
        assertThat(p.select("nav.plan-tree a[href=/plans/" + dx + "/initiatives/01-05]").text()).isEqualTo("01-05テレワークの推進");
        assertThat(p.select(".as-of").text()).contains("令和5年9月1日 (2023-09-01) 時点の公表");
    }

    @Test
    void aPlanDashboardShowsWhatIsLeftOutOfItsGrades() throws Exception {
        mvc.perform(get("/plans/{id}", dx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("判定待ち 9件（うち提案 3件）")));
        mvc.perform(get("/plans/{id}", dx).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("9 awaiting judgement (3 with a proposal)</span><span>, </span><span>1 provisional</span><span>, </span><span>1 not comparable")));
    }

    @Test
    void aSectionIsFoundByItsLabelsFromTheTopSoTwoSectionsOfTheSameLabelHaveTheirOwnPages() throws Exception {
        long prefecture = saved.get(2).planId();
        Document health = page("/plans/{id}/sections/{key}", prefecture, "柱2-③");
        Document partners = page("/plans/{id}/sections/{key}", prefecture, "柱4-③");

        assertThat(health.select("h1").text()).isEqualTo("③ 職員の健康管理");
        assertThat(partners.select("h1").text()).isEqualTo("③ 民間企業、大学等の連携・強化");
        assertThat(health.select("nav.breadcrumbs li").eachText()).containsExactly("ホーム", "千葉県", "行政改革計画 取組シート",
                "柱2 多様で柔軟な働き方の推進", "③ 職員の健康管理");
    }

    @Test
    void theRelatedInitiativesOfKisarazusParentingAppLinkToTheInitiativePageOfTheReformPlan() throws Exception {
        index.rebuild();
        Document p = page("/plans/{id}/initiatives/01-16", dx);

        assertThat(p.select("aside.alike a").eachAttr("href")).contains("/plans/" + reform + "/initiatives/11");
    }

    @Test
    void anOrganizationPageShowsItsPlansSideBySideAndADepartmentPageItsInitiativesAcrossPlans() throws Exception {
        long kisarazu = jdbc.sql("SELECT id FROM organization WHERE name = '木更津市'").query(Long.class).single();
        Document org = page("/organizations/{id}", kisarazu);

        assertThat(org.select(".plan-card h3 a").eachAttr("href")).containsExactly("/plans/" + dx, "/plans/" + reform);
        assertThat(org.select(".plan-card").first().text()).contains("令和5年9月1日 (2023-09-01) 時点の公表");

        String link = org.select("ul.departments a:containsOwn(情報経営課)").attr("href");
        Document department = page(link);
        // the DX plan gives 情報経営課 as owner of 01-05, 01-11, 02-02, 02-03, 03-04, 03-05, 03-07 and 04-02
        assertThat(department.select("table.department-initiatives tr:has(td:containsOwn(担当課)) .code").eachText())
                .containsExactly("01-05", "01-11", "02-02", "02-03", "03-04", "03-05", "03-07", "04-02");
    }

    @Test
    void twoReportsComparedShowTheActualAndTheGradeThatChangedAndTheEarlierReportStaysReachable() throws Exception {
        long second = SecondReport.publish(plans, snapshots, dx, LocalDate.of(2025, 5, 31));

        Document p = page("/plans/{id}/snapshots/{a}/compare/{b}", dx, firstReport, second);

        assertThat(p.select("section.changed h2").eachText()).containsExactly("変更 01-01電子地域通貨・行政ポイントを活用した地域経済の活性化");
        assertThat(p.select("table.diff tbody tr").eachText()).containsExactly(
                "成果目標① 令和6年度 (2024) 実績 (actual) 削除:− 33,474千円 追加:+ 48,000千円",
                // 48,000 ÷ 60,000 = 80.0%: B
                "成果目標① 令和6年度 (2024) 評価 (grade) 削除:− C 一部達成 (55.8%) 追加:+ B 概ね達成 (80.0%)");
        assertThat(page("/plans/{id}/snapshots/{a}/initiatives/01-01", dx, firstReport).select("p.earlier").text())
                .contains("これは以前の公表内容です。");
        assertThat(page("/plans/{id}/snapshots/{a}/initiatives/01-01", dx, firstReport).select("table.indicator").first().text())
                .contains("33,474千円");
        assertThat(page("/plans/{id}/initiatives/01-01", dx).select("table.indicator").first().text()).contains("48,000千円");
        assertThat(page("/plans/{id}", dx).select("section.history a").eachAttr("href"))
                .contains("/plans/" + dx + "/snapshots/" + firstReport + "/compare/" + second);
    }

    @Test
    void pagesThatDoNotExistAreNotFound() throws Exception {
        mvc.perform(get("/plans/{id}", 999_999)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/initiatives/99-99", dx)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/sections/柱9", dx)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/snapshots/{s}/initiatives/01-01", dx, 999_999)).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/{id}", 999_999)).andExpect(status().isNotFound());
        long chiba = jdbc.sql("SELECT id FROM organization WHERE name = '千葉市'").query(Long.class).single();
        long kisarazuDepartment = jdbc.sql("SELECT d.id FROM department d JOIN organization o ON o.id = d.organization_id "
                + "WHERE o.name = '木更津市' LIMIT 1").query(Long.class).single();
        mvc.perform(get("/organizations/{o}/departments/{d}", chiba, kisarazuDepartment)).andExpect(status().isNotFound());
    }

    @Test
    void textFromADocumentIsEscapedOnThePage() throws Exception {
        PlanDocument hostile = SeedDocuments.all().get(1).withTitle("<script>alert('x')</script>計画");
        long id = imports.store(List.of(hostile), "test").get(0).planId();
        mvc.perform(get("/plans/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;計画")));
    }

    /** The DX plan's sections 01 to 04 have labels and no titles. */
    @Test
    void aSecondReportWithAPlanTextARetitledSectionAndAMovedInitiativeShowsAllThree() throws Exception {
        plans.save(reorganized(plans.load(dx).orElseThrow()), "test", true);
        long second = snapshots.publish(Actor.system("test"), dx, LocalDate.of(2024, 9, 1), "令和6年度 予算時", null).id();

        Document p = page("/plans/{id}/snapshots/{a}/compare/{b}", dx, firstReport, second);

        assertThat(p.select("p.change-summary").text())
                .isEqualTo("計画の本文が変わりました。 1件の区分が変わりました。 1件の取組が変わりました。");
        assertThat(p.select("section.changed-texts tbody tr").eachText())
                .containsExactly("計画の趣旨 追加:+ 行政サービスをデジタルで便利にする");
        assertThat(p.select("section.changed-section h2").eachText()).containsExactly("変更 区分 04 行政のデジタル化");
        assertThat(p.select("section.changed-section h2 a").attr("href"))
                .isEqualTo("/plans/" + dx + "/snapshots/" + second + "/sections/04");
        assertThat(p.select("section.changed-section tbody tr").eachText())
                .containsExactly("見出し (title) 追加:+ 行政のデジタル化");
        List<String> initiatives = p.select("section.changed h2").eachText();
        assertThat(initiatives).hasSize(1);
        assertThat(initiatives.get(0)).startsWith("変更 04-01");
        assertThat(p.select("section.changed tbody tr").eachText()).containsExactly("区分 (section) 削除:− 04 追加:+ 03");
    }

    /** The plan with a text of its own, section 04 titled 行政のデジタル化 and 04-01 moved to the end of section 03. */
    private static PlanDocument reorganized(PlanDocument plan) {
        Initiative moving = plan.allInitiatives().stream().filter(i -> "04-01".equals(i.code())).findFirst().orElseThrow();
        List<Section> sections = plan.sections().stream().map(s -> switch (s.label()) {
            case "03" -> new Section(s.label(), s.title(), s.texts(), s.sections(), with(s.initiatives(), moving));
            case "04" -> new Section(s.label(), "行政のデジタル化", s.texts(), s.sections(),
                    s.initiatives().stream().filter(i -> i != moving).toList());
            default -> s;
        }).toList();
        return new PlanDocument(plan.format(), plan.organization(), plan.title(), plan.asOf(), plan.fiscalYears(),
                plan.source(), with(plan.texts(), new LabeledText("計画の趣旨", "行政サービスをデジタルで便利にする")), sections);
    }

    private static <T> List<T> with(List<T> list, T added) {
        List<T> all = new ArrayList<>(list);
        all.add(added);
        return all;
    }
}
