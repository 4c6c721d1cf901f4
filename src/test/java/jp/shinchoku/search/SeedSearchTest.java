package jp.shinchoku.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Searches over the five seed plans in PostgreSQL. The expected initiatives were found by reading
 * the seeds: アクアコイン is named only in 木更津市's DX sheets, in 01-01 (電子地域通貨…, eight times)
 * and once in 01-07; テレワーク in DX 01-05, 03-01 and 04-01 and in No.2 of the reform progress.
 */
@DatabaseTest
class SeedSearchTest {

    @Autowired
    Search search;

    @Autowired
    SearchIndex index;

    @Autowired
    RelatedInitiatives related;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    private long kisarazuDx;
    private long kisarazuReform;

    @BeforeEach
    void indexTheSeeds() {
        IndexedSeeds seeds = IndexedSeeds.load(jdbc, imports, index);
        kisarazuDx = seeds.kisarazuDx();
        kisarazuReform = seeds.kisarazuReform();
    }

    @Test
    void searchingAquaCoinRanksKisarazus0101First() {
        SearchResults results = search.search(SearchRequest.of("アクアコイン"));
        SearchHit first = results.hits().get(0);
        assertThat(first.planId()).isEqualTo(kisarazuDx);
        assertThat(first.code()).isEqualTo("01-01");
        assertThat(first.organization()).isEqualTo("木更津市");
        assertThat(first.title()).isEqualTo("電子地域通貨・行政ポイントを活用した地域経済の活性化");
        assertThat(first.url()).isEqualTo("/plans/" + kisarazuDx + "/initiatives/01-01");
        assertThat(first.snippet().fragments()).contains(new Snippet.Fragment("アクアコイン", true));
    }

    @Test
    void searchingTeleworkFindsKisarazusDxAndReformInitiatives() {
        SearchResults results = search.search(SearchRequest.of("テレワーク"));
        assertThat(results.hits()).extracting(SearchHit::planId, SearchHit::code).contains(
                tuple(kisarazuDx, "01-05"), tuple(kisarazuDx, "04-01"), tuple(kisarazuReform, "2"));
        assertThat(results.hits()).filteredOn(h -> h.planId() == kisarazuReform).extracting(SearchHit::title)
                .containsExactly("働き方改革の促進 (時間外勤務の縮減)");
    }

    @Test
    void theRelatedInitiativesOfKisarazusParentingAppIncludeNo11OfItsReformPlan() {
        List<RelatedInitiative> list = related.of(kisarazuDx, "01-16").orElseThrow();
        assertThat(list).extracting(RelatedInitiative::planId, RelatedInitiative::code)
                .contains(tuple(kisarazuReform, "11"));
        assertThat(list).hasSizeLessThanOrEqualTo(RelatedInitiatives.LIMIT)
                .noneMatch(r -> r.planId() == kisarazuDx);
    }

    @Test
    void anInitiativeThatDoesNotExistHasNoRelatedList() {
        assertThat(related.of(kisarazuDx, "99-99")).isEmpty();
    }

    @Test
    void theFiltersOfferTheSeedsOrganisations() {
        assertThat(search.filters().organizations()).containsExactlyInAnyOrder("千葉市", "千葉県", "木更津市");
        assertThat(search.filters().plans()).hasSize(5);
    }

    @Test
    void aReimportIsPickedUpByTheScheduledCheck() {
        PlanDocument seed = SeedDocuments.all().get(4);
        PlanDocument changed = seed.mapInitiatives(i -> i.code().equals("2")
                ? new jp.shinchoku.plan.document.Initiative(i.code(), i.label(), i.title(), i.ownerDepartments(),
                        i.relatedDepartments(), i.contacts(), i.targetFiscalYear(),
                        List.of(new LabeledText("活動経過", "週休3日制の試行を始めました。")), i.schedule(), i.indicators())
                : i);
        SavedPlan saved = imports.store(List.of(changed), "test").get(0);
        assertThat(saved.planId()).isEqualTo(kisarazuReform);
        assertThat(saved.revision()).isEqualTo(2);

        // nobody calls the index: the check every few seconds notices the new revision
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(search.search(SearchRequest.of("週休3日制")).hits()).extracting(SearchHit::code)
                        .containsExactly("2"));
        assertThat(search.search(SearchRequest.of("USB")).hits()).extracting(SearchHit::planId).doesNotContain(kisarazuReform);
    }
}
