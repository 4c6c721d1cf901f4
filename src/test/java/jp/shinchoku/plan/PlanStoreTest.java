package jp.shinchoku.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.PlanReader;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.importer.SourceText;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class PlanStoreTest {

    @Autowired
    PlanStore plans;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvaluationService evaluations;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.empty(jdbc);
    }

    @Test
    void storesEverySeedAndGivesBackTheSameDocument() {
        List<PlanDocument> seeds = SeedDocuments.all();
        List<SavedPlan> saved = imports.store(seeds, "test");
        for (int i = 0; i < seeds.size(); i++) {
            assertThat(PlanDocumentJson.write(plans.load(saved.get(i).planId()).orElseThrow()))
                    .as(seeds.get(i).source().fileName())
                    .isEqualTo(PlanDocumentJson.write(seeds.get(i)));
        }
    }

    @Test
    void exportedPlansImportedIntoAFreshDatabaseGiveIdenticalDocuments() throws ImportException {
        List<SavedPlan> saved = imports.store(SeedDocuments.all(), "test");
        List<String> exported = saved.stream().map(s -> export(s.planId())).toList();

        TestDatabase.empty(jdbc);
        PlanReader reader = PlanReader.withAllLayouts();
        List<PlanDocument> reread = new java.util.ArrayList<>();
        for (int i = 0; i < exported.size(); i++) {
            reread.add(reader.read(SourceText.of("export-" + i + ".json", exported.get(i)), ImportOptions.NONE));
        }
        List<SavedPlan> again = imports.store(reread, "test");

        for (int i = 0; i < exported.size(); i++) {
            assertThat(export(again.get(i).planId())).isEqualTo(exported.get(i));
        }
    }

    /** What 'shinchoku export' writes: the evaluated plan document. */
    private String export(long planId) {
        return PlanDocumentJson.write(evaluations.evaluatedPlan(planId).orElseThrow());
    }

    @Test
    void importingTheSameDocumentAgainUpdatesThePlanAndKeepsBothRevisions() {
        PlanDocument manifesto = SeedDocuments.all().get(0);
        SavedPlan first = imports.store(List.of(manifesto), "test").get(0);
        Map<String, Long> before = TestDatabase.rowCounts(jdbc);
        SavedPlan second = imports.store(List.of(manifesto), "test").get(0);

        assertThat(second.planId()).isEqualTo(first.planId());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.created()).isFalse();
        assertThat(plans.list()).hasSize(1);
        assertThat(plans.revisions(first.planId())).extracting(PlanRevision::action).containsExactly("import", "reimport");
        Map<String, Long> after = TestDatabase.rowCounts(jdbc);
        after.forEach((table, count) -> {
            if (!table.equals("plan_revision")) {
                assertThat(count).as(table).isEqualTo(before.get(table));
            }
        });
    }

    @Test
    void keepsOneDepartmentRegistryPerOrganisation() {
        imports.store(SeedDocuments.all(), "test");
        List<Long> ids = jdbc.sql("""
                SELECT d.id FROM department d JOIN organization o ON o.id = d.organization_id
                WHERE o.name = '千葉市' AND d.name = '保健福祉局医療衛生部医療政策課'""").query(Long.class).list();
        assertThat(ids).hasSize(1);
        long initiatives = jdbc.sql("SELECT count(DISTINCT initiative_id) FROM initiative_department WHERE department_id = ?")
                .param(ids.get(0)).query(Long.class).single();
        assertThat(initiatives).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT name FROM organization ORDER BY id").query(String.class).list())
                .containsExactly("千葉市", "千葉県", "木更津市");
    }

    @Test
    void listsPlansWithTheirCounts() {
        imports.store(SeedDocuments.all(), "test");
        assertThat(plans.list()).extracting(PlanSummary::organization, PlanSummary::initiatives)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("千葉市", 62),
                        org.assertj.core.groups.Tuple.tuple("千葉市", 15),
                        org.assertj.core.groups.Tuple.tuple("千葉県", 6),
                        org.assertj.core.groups.Tuple.tuple("木更津市", 30),
                        org.assertj.core.groups.Tuple.tuple("木更津市", 15));
    }
}
