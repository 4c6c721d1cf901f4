package jp.shinchoku.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.RestoreRevision;
import jp.shinchoku.editing.Commands.UpdateInitiative;
import jp.shinchoku.editing.Commands.ValueEntry;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.EnteredValuesWouldChange;
import jp.shinchoku.plan.InitiativeRevision;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.plan.InitiativeStore.StaleVersion;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class EditingServiceTest {

    @Autowired
    EditingService editing;

    @Autowired
    InitiativeStore initiatives;

    @Autowired
    PlanStore plans;

    @Autowired
    ImportService imports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    PlanDocument dx;
    long planId;
    long organizationId;

    @BeforeEach
    void loadKisarazuDxPlan() {
        TestDatabase.empty(jdbc);
        dx = SeedDocuments.all().get(3);
        planId = imports.store(List.of(dx), "test").get(0).planId();
        organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
    }

    @Test
    void aDepartmentEditorRecordsAnActualOfItsOwnInitiativeAndTheChangeIsARevisionAndAnAuditEntry() {
        long id = initiativeId("01-01");
        Actor editor = departmentEditor("産業振興課");

        int version = editing.recordValues(editor, new RecordValues(id, 1,
                List.of(new ValueEntry("成果目標①", 2025, "60,000千円", "58,000千円", "年度末見込みを含む"))));

        assertThat(version).isEqualTo(2);
        Initiative stored = initiatives.find(id).orElseThrow().initiative().content();
        assertThat(stored.indicators().get(0).valueFor(2025).actual().text()).isEqualTo("58,000千円");
        assertThat(stored.indicators().get(0).valueFor(2025).actual().number()).isEqualByComparingTo("58000");
        assertThat(stored.indicators().get(0).valueFor(2025).note()).isEqualTo("年度末見込みを含む");
        // the year before is untouched
        assertThat(stored.indicators().get(0).valueFor(2024).actual().text()).isEqualTo("33,474千円");
        assertThat(initiatives.history(id)).extracting(InitiativeRevision::version, InitiativeRevision::action,
                InitiativeRevision::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "import", "test"),
                        org.assertj.core.groups.Tuple.tuple(2, "record-values", "sangyo"));
        assertThat(audit.latest(organizationId, 10)).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("sangyo");
            assertThat(e.action()).isEqualTo("record-values");
            assertThat(e.subject()).isEqualTo("initiative " + id + " v2");
        });
    }

    @Test
    void aDepartmentEditorCannotChangeAnotherDepartmentsInitiativeAndNothingChanges() {
        long id = initiativeId("01-05");  // owned by 情報経営課
        Map<String, Long> before = TestDatabase.rowCounts(jdbc);
        String json = initiativeJson(id);

        assertThatThrownBy(() -> editing.recordValues(departmentEditor("産業振興課"), new RecordValues(id, 1,
                List.of(new ValueEntry("成果目標①", 2025, "6施設", "9施設", null)))))
                .isInstanceOf(Forbidden.class);

        assertThat(TestDatabase.rowCounts(jdbc)).isEqualTo(before);
        assertThat(initiativeJson(id)).isEqualTo(json);
    }

    @Test
    void aRelatedDepartmentMayReadButNotEdit() {
        long id = initiativeId("01-05");  // related: 市民活動支援課
        Actor related = departmentEditor("市民活動支援課");
        assertThat(editing.read(related, id).initiative().content().title()).isEqualTo("テレワークの推進");
        assertThatThrownBy(() -> editing.recordValues(related, new RecordValues(id, 1,
                List.of(new ValueEntry("成果目標①", 2025, null, "2施設", null))))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> editing.read(departmentEditor("産業振興課"), id)).isInstanceOf(Forbidden.class);
    }

    @Test
    void aDepartmentEditorMayRewriteTheTextsButNotTheTitleOrDepartments() {
        long id = initiativeId("01-01");
        Initiative current = initiatives.find(id).orElseThrow().initiative().content();
        Actor editor = departmentEditor("産業振興課");
        List<LabeledText> texts = List.of(new LabeledText("活動経過", "アクアコインの加盟店を拡大した。"));

        editing.updateInitiative(editor, new UpdateInitiative(id, 1, current.code(), current.title(),
                current.targetFiscalYear(), current.ownerDepartments(), current.relatedDepartments(), texts));
        assertThat(initiatives.find(id).orElseThrow().initiative().content().text("活動経過"))
                .isEqualTo("アクアコインの加盟店を拡大した。");

        assertThatThrownBy(() -> editing.updateInitiative(editor, new UpdateInitiative(id, 2, current.code(), "別の題名",
                current.targetFiscalYear(), current.ownerDepartments(), current.relatedDepartments(), texts)))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsAConflictAndTheFirstSaveStands() {
        long id = initiativeId("01-01");
        Actor editor = departmentEditor("産業振興課");
        editing.recordValues(editor, new RecordValues(id, 1, List.of(new ValueEntry("成果目標①", 2025, null, "1千円", null))));

        assertThatThrownBy(() -> editing.recordValues(editor, new RecordValues(id, 1,
                List.of(new ValueEntry("成果目標①", 2025, null, "2千円", null)))))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current().version()).isEqualTo(2));
        assertThat(initiatives.find(id).orElseThrow().initiative().content().indicators().get(0).valueFor(2025).actual()
                .text()).isEqualTo("1千円");
    }

    @Test
    void restoringAnEarlierRevisionIsItselfANewRevisionWithTheOldContent() {
        long id = initiativeId("01-01");
        Actor admin = new Actor("kikaku", Actor.Authority.ORGANIZATION, organizationId, Set.of());
        String original = initiativeJson(id);
        editing.recordValues(admin, new RecordValues(id, 1, List.of(new ValueEntry("成果目標②", 2025, null, "900件", null))));

        int version = editing.restore(admin, new RestoreRevision(id, 2, 1));

        assertThat(version).isEqualTo(3);
        assertThat(initiativeJson(id)).isEqualTo(original);
        assertThat(initiatives.history(id)).extracting(InitiativeRevision::action)
                .containsExactly("import", "record-values", "restore");
    }

    @Test
    void aReimportKeepsTheIdsAndRefusesToDropAnEnteredValueUnlessReplaced() {
        Map<String, Long> ids = initiativeIds();
        long indicatorId = jdbc.sql("""
                SELECT k.id FROM indicator k JOIN initiative i ON i.id = k.initiative_id
                WHERE i.plan_id = ? AND i.code = '01-01' AND k.label = '成果目標①'""").param(planId).query(Long.class).single();
        imports.store(List.of(dx), "test");
        assertThat(initiativeIds()).isEqualTo(ids);

        long id = ids.get("01-01");
        editing.recordValues(departmentEditor("産業振興課"), new RecordValues(id, 1,
                List.of(new ValueEntry("成果目標①", 2024, "60,000千円", "34,000千円", null))));
        Map<String, Long> before = TestDatabase.rowCounts(jdbc);

        assertThatThrownBy(() -> imports.store(List.of(dx), "test"))
                .isInstanceOfSatisfying(EnteredValuesWouldChange.class, e -> {
                    assertThat(e.values()).hasSize(1);
                    assertThat(e.values().get(0).initiative()).isEqualTo("01-01");
                    assertThat(e.values().get(0).fiscalYear()).isEqualTo(2024);
                    assertThat(e.values().get(0).stored()).isEqualTo("目標 60,000千円 / 実績 34,000千円");
                    assertThat(e.values().get(0).imported()).isEqualTo("目標 60,000千円 / 実績 33,474千円");
                    assertThat(e.values().get(0).enteredBy()).isEqualTo("sangyo");
                });
        assertThat(TestDatabase.rowCounts(jdbc)).isEqualTo(before);
        assertThat(actual(id, 2024)).isEqualTo("34,000千円");

        imports.store(List.of(dx), "test", true);
        assertThat(actual(id, 2024)).isEqualTo("33,474千円");
        assertThat(initiativeIds()).isEqualTo(ids);
        assertThat(jdbc.sql("""
                SELECT k.id FROM indicator k JOIN initiative i ON i.id = k.initiative_id
                WHERE i.plan_id = ? AND i.code = '01-01' AND k.label = '成果目標①'""").param(planId).query(Long.class).single())
                .isEqualTo(indicatorId);
        assertThat(initiatives.history(id)).extracting(InitiativeRevision::action)
                .containsExactly("import", "record-values", "reimport");
    }

    private String actual(long initiativeId, int year) {
        return initiatives.find(initiativeId).orElseThrow().initiative().content().indicators().get(0).valueFor(year)
                .actual().text();
    }

    private Map<String, Long> initiativeIds() {
        Map<String, Long> ids = new java.util.TreeMap<>();
        jdbc.sql("SELECT code, id FROM initiative WHERE plan_id = ?").param(planId)
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        return ids;
    }

    private long initiativeId(String code) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = ?").params(planId, code)
                .query(Long.class).single();
    }

    private String initiativeJson(long id) {
        return jp.shinchoku.plan.document.PlanDocumentJson.writeInitiative(
                initiatives.find(id).orElseThrow().initiative().content());
    }

    private Actor departmentEditor(String department) {
        long departmentId = jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = ?")
                .params(organizationId, department).query(Long.class).single();
        String name = department.equals("産業振興課") ? "sangyo" : "user-" + departmentId;
        return new Actor(name, Actor.Authority.DEPARTMENT, organizationId, Set.of(departmentId));
    }
}
