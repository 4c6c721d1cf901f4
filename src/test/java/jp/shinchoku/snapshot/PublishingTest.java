package jp.shinchoku.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.ValueEntry;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class PublishingTest {

    @Autowired
    SnapshotService snapshots;

    @Autowired
    EditingService editing;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long planId;
    long initiativeId;
    Actor planner;

    @BeforeEach
    void loadKisarazuReformPlan() {
        TestDatabase.empty(jdbc);
        planId = imports.store(List.of(SeedDocuments.all().get(4)), "test").get(0).planId();
        initiativeId = jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = '1'").param(planId)
                .query(Long.class).single();
        long organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class)
                .single();
        planner = new Actor("kikaku", Actor.Authority.ORGANIZATION, organizationId, Set.of());
    }

    @Test
    void aPlanNeverPublishedIsShownAsStoredAndSaysSo() throws Exception {
        String page = mvc.perform(get("/plans/" + planId)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("この計画はまだ公表されていません");
    }

    @Test
    void thePublicSeesTheLatestSnapshotWhileEarlierOnesStayReachable() throws Exception {
        Snapshot first = snapshots.publish(planner, planId, LocalDate.of(2023, 9, 1), "令和5年度 予算時", null);
        editing.recordValues(planner, new RecordValues(initiativeId, 1,
                List.of(new ValueEntry("指標①", 2023, null, "実績値12345", "令和5年度末の実績"))));

        // an edit is not public until it is published
        assertThat(page("/plans/" + planId + "/initiatives/1")).doesNotContain("実績値12345")
                .contains("令和5年9月1日 (2023-09-01) 時点の公表");

        Snapshot second = snapshots.publish(planner, planId, LocalDate.of(2024, 5, 31), "令和5年度 決算時", null);
        assertThat(page("/plans/" + planId + "/initiatives/1")).contains("実績値12345")
                .contains("令和6年5月31日 (2024-05-31) 時点の公表");
        assertThat(page("/plans/" + planId + "/snapshots/" + first.id() + "/initiatives/1")).doesNotContain("実績値12345");
        assertThat(page("/api/v1/plans/" + planId)).contains("実績値12345");
        assertThat(page("/api/v1/plans/" + planId + "/snapshots/" + first.id())).doesNotContain("実績値12345");
        assertThat(page("/api/v1/plans/" + planId + "/snapshots")).contains("\"id\":" + second.id());
        assertThat(snapshots.snapshots(planId)).extracting(Snapshot::title).containsExactly("令和5年度 決算時", "令和5年度 予算時");
    }

    @Test
    void aSnapshotOfAnotherPlanIsNotFound() throws Exception {
        Snapshot first = snapshots.publish(planner, planId, LocalDate.of(2023, 9, 1), "予算時", null);
        mvc.perform(get("/plans/" + (planId + 1) + "/snapshots/" + first.id())).andExpect(status().isNotFound());
    }

    @Test
    void onlyThePlanningDivisionMayPublishAndAStoredSnapshotCannotBeChanged() {
        Actor department = new Actor("ka", Actor.Authority.DEPARTMENT, planner.organizationId(), Set.of(1L));
        assertThatThrownBy(() -> snapshots.publish(department, planId, LocalDate.of(2023, 9, 1), "予算時", null))
                .isInstanceOf(Forbidden.class);
        Snapshot s = snapshots.publish(planner, planId, LocalDate.of(2023, 9, 1), "予算時", null);
        assertThatThrownBy(() -> jdbc.sql("UPDATE snapshot SET title = 'x' WHERE id = ?").param(s.id()).update())
                .hasMessageContaining("never changed");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
