package jp.shinchoku.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.DepartmentCommands.MergeDepartments;
import jp.shinchoku.editing.DepartmentCommands.RenameDepartment;
import jp.shinchoku.editing.DepartmentEditing;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search's department filter after the registry renamed or merged departments. The DX plan of
 * 木更津市 (seed 003) alone is stored and published before every change, so what a department is
 * expected to find is read from that seed: the initiatives that name it as owner or related.
 */
@DatabaseTest
class DepartmentFilterTest {

    static final String KISARAZU = "木更津市";

    @Autowired
    Search search;

    @Autowired
    SearchIndex index;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    DepartmentEditing editing;

    @Autowired
    DepartmentStore departments;

    final Actor planner = Actor.system("kikaku");
    final PlanDocument seed = SeedDocuments.all().get(3);
    long dx;
    long kisarazu;

    @BeforeEach
    void publishTheDxPlan() {
        TestDatabase.empty(jdbc);
        dx = imports.store(List.of(seed), "test").get(0).planId();
        kisarazu = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(dx).query(Long.class).single();
        snapshots.publish(Actor.system("test"), dx, LocalDate.of(2023, 9, 1), "令和5年度 予算時", null);
        // ids start again after the tables are emptied: the stamps alone cannot tell
        index.rebuild();
    }

    @Test
    void aDepartmentRenamedAfterAPublicationIsOfferedAndFoundUnderItsNewName() {
        rename("情報経営課", "デジタル推進課");
        index.synchronize();

        assertThat(found("デジタル推進課")).isNotEmpty().containsExactlyElementsOf(naming("情報経営課"));
        assertThat(search.filters().departments(KISARAZU)).contains("デジタル推進課").doesNotContain("情報経営課");
        assertThat(found("情報経営課")).isEmpty();
    }

    @Test
    void afterTheNextPublicationTheRenamedDepartmentIsFoundUnderItsNewNameStill() {
        rename("情報経営課", "デジタル推進課");
        snapshots.publish(Actor.system("test"), dx, LocalDate.of(2024, 9, 1), "令和6年度 予算時", null);
        index.synchronize();

        assertThat(found("デジタル推進課")).containsExactlyElementsOf(naming("情報経営課"));
        assertThat(search.filters().departments(KISARAZU)).doesNotContain("情報経営課");
    }

    @Test
    void aNameGivenUpAndTakenByAnotherDepartmentKeepsMeaningTheFirstInTheReportPublishedBefore() {
        rename("情報経営課", "デジタル推進課");
        rename("産業振興課", "情報経営課");
        index.synchronize();

        // in the report of 2023-09-01, 情報経営課 is the department now called デジタル推進課
        assertThat(found("情報経営課")).isNotEmpty().containsExactlyElementsOf(naming("産業振興課"));
        assertThat(found("デジタル推進課")).containsExactlyElementsOf(naming("情報経営課"));
        assertThat(search.filters().departments(KISARAZU)).contains("情報経営課", "デジタル推進課")
                .doesNotContain("産業振興課");
    }

    @Test
    void aDepartmentMergedIntoAnotherIsFoundUnderTheNameOfTheOneItWasMergedInto() {
        long misspelled = departments.named(kisarazu, "康推進課").orElseThrow();
        long right = departments.named(kisarazu, "健康推進課").orElseThrow();
        editing.merge(planner, new MergeDepartments(misspelled, right));
        index.synchronize();

        List<String> both = seed.allInitiatives().stream()
                .filter(i -> names(i, "康推進課") || names(i, "健康推進課")).map(Initiative::code).sorted().toList();
        assertThat(found("健康推進課")).isNotEmpty().containsExactlyElementsOf(both);
        assertThat(search.filters().departments(KISARAZU)).doesNotContain("康推進課");
    }

    private void rename(String from, String to) {
        long id = departments.named(kisarazu, from).orElseThrow();
        editing.rename(planner, new RenameDepartment(kisarazu, id, to));
    }

    /** The codes of the initiatives the filter finds, sorted. */
    private List<String> found(String department) {
        SearchResults results = search.search(new SearchRequest(null, KISARAZU, null, department, null, null, 1,
                SearchRequest.MAX_PAGE_SIZE));
        return results.hits().stream().map(SearchHit::code).sorted().toList();
    }

    /** The codes of the seed's initiatives that name the department as owner or related, sorted. */
    private List<String> naming(String department) {
        return seed.allInitiatives().stream().filter(i -> names(i, department)).map(Initiative::code).sorted().toList();
    }

    private static boolean names(Initiative i, String department) {
        return i.ownerDepartments().contains(department) || i.relatedDepartments().contains(department);
    }
}
