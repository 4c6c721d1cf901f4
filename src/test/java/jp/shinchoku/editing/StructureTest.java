package jp.shinchoku.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import jp.shinchoku.editing.Commands.AddInitiative;
import jp.shinchoku.editing.Commands.DeleteInitiative;
import jp.shinchoku.editing.Commands.MoveInitiative;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.InitiativeRevision;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class StructureTest {

    @Autowired
    Structure structure;

    @Autowired
    EditingService editing;

    @Autowired
    PlanStore plans;

    @Autowired
    InitiativeStore initiatives;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    long planId;
    Actor planner;

    @BeforeEach
    void loadKisarazuReformPlan() {
        TestDatabase.empty(jdbc);
        planId = imports.store(List.of(SeedDocuments.all().get(4)), "test").get(0).planId();
        long organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class)
                .single();
        planner = new Actor("kikaku", Actor.Authority.ORGANIZATION, organizationId, Set.of());
    }

    @Test
    void thePlanningDivisionAddsASectionPutsANewInitiativeInItMovesOneThereAndTheTreeShowsIt() {
        int before = plans.load(planId).orElseThrow().sections().size();
        long section = structure.addSection(planner, new Structure.AddSection(planId, null, "6つ目の柱", "データ活用"));
        long added = editing.addInitiative(planner, new AddInitiative(section, "16", "オープンデータの公開", List.of("情報政策課")));
        long moved = jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = '1'").param(planId).query(Long.class)
                .single();
        editing.moveInitiative(planner, new MoveInitiative(moved, 1, section));

        List<Section> sections = plans.load(planId).orElseThrow().sections();
        assertThat(sections).hasSize(before + 1);
        Section last = sections.get(sections.size() - 1);
        assertThat(last.label()).isEqualTo("6つ目の柱");
        assertThat(last.initiatives()).extracting(i -> i.code()).containsExactly("16", "1");
        assertThat(initiatives.find(added).orElseThrow().initiative().content().ownerDepartments())
                .containsExactly("情報政策課");
        assertThat(initiatives.history(moved)).extracting(InitiativeRevision::action).containsExactly("import", "move");
        assertThatThrownBy(() -> editing.addInitiative(planner, new AddInitiative(section, "16", "同じ番号", List.of())))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("invalid.duplicateInitiative"));
    }

    @Test
    void aSectionIsDeletedOnlyWhenEmptyAndNeverMovedBelowItself() {
        long section = structure.addSection(planner, new Structure.AddSection(planId, null, null, "新しい章"));
        long child = structure.addSection(planner, new Structure.AddSection(planId, section, null, "その下の節"));

        assertThatThrownBy(() -> structure.moveSection(planner, new Structure.MoveSection(section, child)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("invalid.sectionUnderItself"));
        assertThatThrownBy(() -> structure.deleteSection(planner, new Structure.DeleteSection(section)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("invalid.sectionNotEmpty"));

        structure.deleteSection(planner, new Structure.DeleteSection(child));
        structure.deleteSection(planner, new Structure.DeleteSection(section));
        assertThat(plans.load(planId).orElseThrow().sections()).noneMatch(s -> "新しい章".equals(s.title()));
    }

    @Test
    void aDeletedInitiativeLeavesItsHistoryAndADepartmentCannotChangeTheStructure() {
        long id = jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = '2'").param(planId).query(Long.class)
                .single();
        Actor department = new Actor("ka", Actor.Authority.DEPARTMENT, planner.organizationId(), Set.of(1L));
        assertThatThrownBy(() -> structure.addSection(department, new Structure.AddSection(planId, null, null, "x")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> editing.deleteInitiative(department, new DeleteInitiative(id, 1, "不要")))
                .isInstanceOf(Forbidden.class);

        editing.deleteInitiative(planner, new DeleteInitiative(id, 1, "計画から外した"));

        assertThat(initiatives.find(id)).isEmpty();
        List<InitiativeRevision> history = initiatives.history(id);
        assertThat(history).extracting(InitiativeRevision::action).containsExactly("import", "delete");
        assertThat(history.get(1).reason()).isEqualTo("計画から外した");
        assertThat(history.get(1).content().title()).isEqualTo(history.get(0).content().title());
    }
}
