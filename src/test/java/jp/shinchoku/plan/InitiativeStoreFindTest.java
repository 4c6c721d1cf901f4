package jp.shinchoku.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.InitiativeStore.Located;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class InitiativeStoreFindTest {

    @Autowired
    InitiativeStore initiatives;

    @Autowired
    PlanStore plans;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    List<Long> planIds;

    /**
     * 千葉市's manifesto (the one seed with contacts) and 木更津市's DX sheets (related departments,
     * schedules, indicators with values).
     */
    @BeforeEach
    void storeTwoSeedPlans() {
        TestDatabase.empty(jdbc);
        List<SavedPlan> saved = imports.store(List.of(SeedDocuments.all().get(0), SeedDocuments.all().get(3)), "test");
        planIds = saved.stream().map(SavedPlan::planId).toList();
    }

    @Test
    void findingOneInitiativeGivesWhatLoadingItsWholePlanGivesForEveryInitiativeOfTwoSeedPlans() {
        int compared = 0;
        for (long planId : planIds) {
            StoredPlan whole = plans.loadStored(planId).orElseThrow();
            for (StoredInitiative expected : whole.initiatives()) {
                Located found = initiatives.find(expected.id()).orElseThrow();
                assertThat(found.initiative()).as("initiative %d", expected.id()).isEqualTo(expected);
                assertThat(found.plan()).isEqualTo(new PlanHeading(planId, whole.organizationId(),
                        whole.document().organization(), whole.document().title(), whole.document().asOf(),
                        whole.document().fiscalYears()));
                assertThat(names(found.ownerDepartmentIds())).isEqualTo(expected.content().ownerDepartments());
                assertThat(names(found.relatedDepartmentIds())).isEqualTo(expected.content().relatedDepartments());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(initiativesIn(planIds));
    }

    /** Otherwise the comparison above could pass without ever meeting a part it is meant to pin. */
    @Test
    void theTwoSeedPlansHoldEveryPartOfAnInitiative() {
        List<Initiative> all = planIds.stream()
                .flatMap(id -> plans.loadStored(id).orElseThrow().initiatives().stream()).map(StoredInitiative::content)
                .toList();
        assertThat(all).anyMatch(i -> !i.texts().isEmpty());
        assertThat(all).anyMatch(i -> !i.ownerDepartments().isEmpty());
        assertThat(all).anyMatch(i -> !i.relatedDepartments().isEmpty());
        assertThat(all).anyMatch(i -> !i.contacts().isEmpty());
        assertThat(all).anyMatch(i -> !i.schedule().isEmpty());
        assertThat(all).anyMatch(i -> i.indicators().stream().anyMatch(k -> !k.values().isEmpty()));
    }

    @Test
    void anInitiativeThatDoesNotExistIsNotFound() {
        long none = jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM initiative").query(Long.class).single();
        assertThat(initiatives.find(none)).isEmpty();
    }

    private List<String> names(List<Long> departmentIds) {
        return departmentIds.stream().map(id -> jdbc.sql("SELECT name FROM department WHERE id = ?").param(id)
                .query(String.class).single()).toList();
    }

    private int initiativesIn(List<Long> ids) {
        return ids.stream().mapToInt(id -> jdbc.sql("SELECT count(*) FROM initiative WHERE plan_id = ?").param(id)
                .query(Integer.class).single()).sum();
    }
}
