package jp.shinchoku.search;

import static jp.shinchoku.search.TestPlans.graded;
import static jp.shinchoku.search.TestPlans.initiative;
import static jp.shinchoku.search.TestPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.shinchoku.search.Snippet.Fragment;
import jp.shinchoku.search.TestPlans.InMemorySource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** The index, the analyzer, the filters and the snippets, on small constructed plans. */
class JapaneseSearchTest {

    @TempDir
    Path dir;

    private final InMemorySource source = new InMemorySource();
    private SearchIndex index;
    private Search search;

    @BeforeEach
    void startTheIndex() {
        source.put(1, "v1", plan("甲市", "甲市総合計画", List.of(2023, 2024),
                initiative("1-1", "地域通貨の普及", "電子地域通貨を導入し、地域経済の循環を高めます。", "産業振興課"),
                initiative("1-2", "商店街の振興", "地域の商店で使える通貨ではない商品券を配ります。", "産業振興課"),
                graded("1-3", "働き方の見直し", "民間施設を活用したテレワークの推進を図ります。", "職員課", "A", 2024)));
        source.put(2, "v1", plan("乙町", "乙町行政改革", List.of(2025),
                graded("2-1", "庁内の働き方改革", "職員のテレワーク環境を整えます。", "総務課", "D", 2025)));
        open();
    }

    @AfterEach
    void stopTheIndex() {
        index.stop();
    }

    private void open() {
        index = new SearchIndex(source, new SearchProperties(dir.resolve("index"), Duration.ZERO), true);
        index.start();
        search = new Search(index);
    }

    private List<String> codes(String text) {
        return codes(SearchRequest.of(text));
    }

    private List<String> codes(SearchRequest request) {
        return search.search(request).hits().stream().map(SearchHit::code).toList();
    }

    @Test
    void aCompoundWordIsFoundByItsPart() {
        assertThat(codes("通貨")).contains("1-1");
        assertThat(codes("電子")).containsExactly("1-1");
    }

    @Test
    void theWordsOfAnEntryMustStandSideBySide() {
        // 1-2 has 地域 and 通貨 apart: a compound is a phrase, not 地域 OR 通貨
        assertThat(codes("地域通貨")).containsExactly("1-1");
        assertThat(codes("地域 通貨")).containsExactlyInAnyOrder("1-1", "1-2");
        assertThat(codes("\"地域の商店\"")).containsExactly("1-2");
    }

    @Test
    void aWordKuromojiCutsByItsNeighboursIsFoundWherever() {
        // Kuromoji reads 活用したテレワーク as テレ + ワーク but テレワーク環境 as one word
        assertThat(codes("テレワーク")).containsExactlyInAnyOrder("1-3", "2-1");
    }

    @Test
    void wordsSeparatedByAFullWidthSpaceMustAllOccur() {
        assertThat(codes("テレワーク　環境")).containsExactly("2-1");
    }

    @Test
    void oddInputIsSearchedAsTextRatherThanFailing() {
        assertThat(search.search(SearchRequest.of("\"地域通貨 (")).total()).isEqualTo(1);
        assertThat(search.search(SearchRequest.of("の")).total()).isZero();
        assertThat(search.search(SearchRequest.of("   ")).total()).isZero();
    }

    @Test
    void aTitleMatchRanksAboveAMatchInTheText() {
        source.put(3, "v1", plan("丙村", "丙村計画", List.of(2024),
                initiative("3-1", "テレワークの導入", "在宅勤務を始めます。", "総務課")));
        index.synchronize();
        assertThat(codes("テレワーク").get(0)).isEqualTo("3-1");
    }

    @Test
    void filtersNarrowTheResults() {
        assertThat(codes(new SearchRequest("テレワーク", "乙町", null, null, null, null, 1, 20))).containsExactly("2-1");
        assertThat(codes(new SearchRequest("テレワーク", null, 1L, null, null, null, 1, 20))).containsExactly("1-3");
        assertThat(codes(new SearchRequest(null, null, null, "産業振興課", null, null, 1, 20)))
                .containsExactlyInAnyOrder("1-1", "1-2");
        assertThat(codes(new SearchRequest(null, null, null, null, "D", null, 1, 20))).containsExactly("2-1");
        assertThat(codes(new SearchRequest(null, null, null, null, "none", null, 1, 20)))
                .containsExactlyInAnyOrder("1-1", "1-2");
        assertThat(codes(new SearchRequest(null, null, null, null, null, 2025, 1, 20))).containsExactly("2-1");
        assertThat(codes(new SearchRequest("テレワーク", "甲市", null, null, "D", null, 1, 20))).isEmpty();
    }

    @Test
    void theFiltersOfferWhatTheIndexHolds() {
        SearchFilters filters = search.filters();
        assertThat(filters.organizations()).containsExactly("乙町", "甲市");
        assertThat(filters.plans()).extracting(SearchFilters.PlanOption::title).containsExactly("甲市総合計画", "乙町行政改革");
        assertThat(filters.departments(null)).containsExactly("産業振興課", "総務課", "職員課");
        assertThat(filters.departments("乙町")).containsExactly("総務課");
        assertThat(filters.plans("乙町")).extracting(SearchFilters.PlanOption::title).containsExactly("乙町行政改革");
        assertThat(filters.fiscalYears()).containsExactly(2023, 2024, 2025);
    }

    @Test
    void resultsComeAPageAtATime() {
        SearchResults first = search.search(new SearchRequest("テレワーク", null, null, null, null, null, 1, 1));
        SearchResults second = search.search(new SearchRequest("テレワーク", null, null, null, null, null, 2, 1));
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        assertThat(List.of(first.hits().get(0).code(), second.hits().get(0).code()))
                .containsExactlyInAnyOrder("1-3", "2-1");
    }

    @Test
    void theSnippetMarksTheWordsFoundAndKeepsMarkupAsText() {
        source.put(3, "v1", plan("丙村", "丙村計画", List.of(2024),
                initiative("3-1", "窓口", "<script>alert('x')</script>の代わりにアクアコインで払えます。", "総務課")));
        index.synchronize();
        Snippet snippet = search.search(SearchRequest.of("アクアコイン")).hits().get(0).snippet();
        assertThat(snippet.fragments()).contains(new Fragment("アクアコイン", true));
        assertThat(snippet.fragments()).filteredOn(Fragment::marked).extracting(Fragment::text).containsOnly("アクアコイン");
        assertThat(snippet.text()).contains("<script>alert('x')</script>");
    }

    @Test
    void theSnippetMarksTheCharactersTypedWhereKuromojiCutTheWordOtherwise() {
        Snippet snippet = search.search(new SearchRequest("テレワーク", null, 1L, null, null, null, 1, 20)).hits().get(0)
                .snippet();
        assertThat(snippet.text()).isEqualTo("民間施設を活用したテレワークの推進を図ります。");
        assertThat(snippet.fragments()).filteredOn(Fragment::marked).extracting(Fragment::text).containsExactly("テレワーク");
    }

    @Test
    void aChangedPlanIsIndexedAgainAndAGonePlanDropped() {
        source.put(2, "v2", plan("乙町", "乙町行政改革", List.of(2025),
                initiative("2-1", "庁内の働き方改革", "ペーパーレス会議を広げます。", "総務課")));
        source.remove(1);
        assertThat(index.synchronize()).isEqualTo(new SearchIndex.Changes(1, 1));
        assertThat(codes("ペーパーレス")).containsExactly("2-1");
        assertThat(codes("テレワーク")).isEmpty();
        assertThat(index.synchronize()).isEqualTo(new SearchIndex.Changes(0, 0));
    }

    @Test
    void aPlanThatCannotBeReadKeepsItsOldEntriesAndDoesNotHoldUpTheOthers() {
        source.put(1, "v2", plan("甲市", "甲市総合計画", List.of(2023), initiative("1-1", "窓口", "電子申請を広げます。", "市民課")));
        source.put(2, "v2", plan("乙町", "乙町行政改革", List.of(2025),
                initiative("2-1", "庁内の働き方改革", "ペーパーレス会議を広げます。", "総務課")));
        source.breakPlan(1);
        assertThat(index.synchronize()).isEqualTo(new SearchIndex.Changes(1, 0));
        assertThat(codes("ペーパーレス")).containsExactly("2-1");
        assertThat(codes("テレワーク")).containsExactly("1-3");
        // still v1 in the index: the next check tries plan 1 again
        assertThat(index.synchronize()).isEqualTo(new SearchIndex.Changes(0, 0));
    }

    @Test
    void aSearchAskedAgainAfterAChangeSeesTheChange() {
        assertThat(codes("ペーパーレス")).isEmpty();
        source.put(2, "v2", plan("乙町", "乙町行政改革", List.of(2025),
                initiative("2-1", "庁内の働き方改革", "ペーパーレス会議を広げます。", "総務課")));
        index.synchronize();
        assertThat(codes("ペーパーレス")).containsExactly("2-1");
    }

    @Test
    void reindexTakesOnePlanAsItIsNow() {
        source.put(2, "v2", plan("乙町", "乙町行政改革", List.of(2025),
                initiative("2-1", "庁内の働き方改革", "ペーパーレス会議を広げます。", "総務課")));
        index.reindex(2);
        assertThat(codes("ペーパーレス")).containsExactly("2-1");
        assertThat(index.synchronize()).isEqualTo(new SearchIndex.Changes(0, 0));
    }

    @Test
    void theIndexIsBuiltAgainWhenItsDirectoryIsDeleted() {
        FileSystemUtils.deleteRecursively(dir.resolve("index").toFile());
        assertThat(index.synchronize()).isEqualTo(new SearchIndex.Changes(2, 0));
        assertThat(Files.isDirectory(dir.resolve("index"))).isTrue();
        assertThat(codes("テレワーク")).containsExactlyInAnyOrder("1-3", "2-1");
    }

    @Test
    void anIndexOfAnotherFormatIsBuiltAgain() throws Exception {
        index.stop();
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir.resolve("index")),
                new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document stale = new Document();
            stale.add(new TextField("title", "テレワーク", Field.Store.YES));
            old.addDocument(stale);
            old.setLiveCommitData(Map.of("format", "0", "plan.1", "v1", "plan.2", "v1").entrySet());
            old.commit();
        }
        open();
        assertThat(search.search(SearchRequest.of("テレワーク")).total()).isEqualTo(2);
        assertThat(index.synchronize()).isEqualTo(new SearchIndex.Changes(0, 0));
    }

    @Test
    void anIndexLeftFromAnEarlierRunIsReadNotBuiltAgain() {
        index.stop();
        open();
        assertThat(index.synchronize()).isEqualTo(new SearchIndex.Changes(0, 0));
        assertThat(codes("テレワーク")).containsExactlyInAnyOrder("1-3", "2-1");
    }
}
