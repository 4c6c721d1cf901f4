package jp.shinchoku.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.PublishedDxPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The search's department filter after the registry renamed or merged departments, in the DX plan of
 * 木更津市 published before every change ({@link PublishedDxPlan}); what a department is expected to
 * find is read from that seed: the initiatives that name it as owner or related.
 */
@DatabaseTest
class DepartmentFilterTest {

    static final String KISARAZU = "木更津市";

    @Autowired
    Search search;

    @Autowired
    SearchIndex index;

    @Autowired
    ApplicationContext context;

    PublishedDxPlan dx;

    @BeforeEach
    void publishTheDxPlan() {
        dx = PublishedDxPlan.publish(context);
        // ids start again after the tables are emptied: the stamps alone cannot tell
        index.rebuild();
    }

    @Test
    void aDepartmentRenamedAfterAPublicationIsOfferedAndFoundUnderItsNewName() {
        dx.rename("情報経営課", "デジタル推進課");
        index.synchronize();

        assertThat(found("デジタル推進課")).isNotEmpty().containsExactlyElementsOf(naming("情報経営課"));
        assertThat(search.filters().departments(KISARAZU)).contains("デジタル推進課").doesNotContain("情報経営課");
        assertThat(found("情報経営課")).isEmpty();
    }

    @Test
    void afterTheNextPublicationTheRenamedDepartmentIsFoundUnderItsNewNameStill() {
        dx.rename("情報経営課", "デジタル推進課");
        dx.publishAgain();
        index.synchronize();

        assertThat(found("デジタル推進課")).containsExactlyElementsOf(naming("情報経営課"));
        assertThat(search.filters().departments(KISARAZU)).doesNotContain("情報経営課");
    }

    @Test
    void aNameGivenUpAndTakenByAnotherDepartmentKeepsMeaningTheFirstInTheReportPublishedBefore() {
        dx.rename("情報経営課", "デジタル推進課");
        dx.rename("産業振興課", "情報経営課");
        index.synchronize();

        // in the report of 2023-09-01, 情報経営課 is the department now called デジタル推進課
        assertThat(found("情報経営課")).isNotEmpty().containsExactlyElementsOf(naming("産業振興課"));
        assertThat(found("デジタル推進課")).containsExactlyElementsOf(naming("情報経営課"));
        assertThat(search.filters().departments(KISARAZU)).contains("情報経営課", "デジタル推進課")
                .doesNotContain("産業振興課");
    }

    @Test
    void aDepartmentMergedIntoAnotherIsFoundUnderTheNameOfTheOneItWasMergedInto() {
        dx.merge("康推進課", "健康推進課");
        index.synchronize();

        List<String> both = PublishedDxPlan.seed().allInitiatives().stream()
                .filter(i -> names(i, "康推進課") || names(i, "健康推進課")).map(Initiative::code).sorted().toList();
        assertThat(found("健康推進課")).isNotEmpty().containsExactlyElementsOf(both);
        assertThat(search.filters().departments(KISARAZU)).doesNotContain("康推進課");
    }

    /** The codes of the initiatives the filter finds, sorted. */
    private List<String> found(String department) {
        SearchResults results = search.search(new SearchRequest(null, KISARAZU, null, department, null, null, 1,
                SearchRequest.MAX_PAGE_SIZE));
        return results.hits().stream().map(SearchHit::code).sorted().toList();
    }

    /** The codes of the seed's initiatives that name the department as owner or related, sorted. */
    private static List<String> naming(String department) {
        return PublishedDxPlan.seed().allInitiatives().stream().filter(i -> names(i, department))
                .map(Initiative::code).sorted().toList();
    }

    private static boolean names(Initiative i, String department) {
        return i.ownerDepartments().contains(department) || i.relatedDepartments().contains(department);
    }
}
