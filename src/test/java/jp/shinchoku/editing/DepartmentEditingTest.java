package jp.shinchoku.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.DepartmentCommands.MergeDepartments;
import jp.shinchoku.editing.DepartmentCommands.RenameDepartment;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.InitiativeRevision;
import jp.shinchoku.plan.InitiativeStore;
import jp.shinchoku.plan.RegisteredDepartment;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.round.RoundCommands.OpenRound;
import jp.shinchoku.round.RoundCommands.Submit;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.Task;
import jp.shinchoku.round.TaskState;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class DepartmentEditingTest {

    @Autowired
    DepartmentEditing editing;

    @Autowired
    DepartmentStore departments;

    @Autowired
    InitiativeStore initiatives;

    @Autowired
    RoundService rounds;

    @Autowired
    ImportService imports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    long planId;
    long organizationId;
    long sectionId;
    final Actor planner = Actor.system("kikaku");

    /** The 木更津市 DX plan (seed 003): its 01-07 is owned by 康推進課, its 01-16 by 健康推進課. */
    @BeforeEach
    void loadKisarazuDxPlan() {
        TestDatabase.empty(jdbc);
        planId = imports.store(List.of(SeedDocuments.all().get(3)), "test").get(0).planId();
        organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
        sectionId = jdbc.sql("SELECT min(id) FROM section WHERE plan_id = ?").param(planId).query(Long.class).single();
    }

    @Test
    void mergingTheMisspelledDepartmentOfTheSeedMovesItsInitiativeAndShowsTheMergedNameOnThePlan() {
        long misspelled = department("康推進課");
        long right = department("健康推進課");
        long initiative = initiativeId("01-07");

        List<Long> changed = editing.merge(planner, new MergeDepartments(misspelled, right));

        assertThat(changed).containsExactly(initiative);
        assertThat(departments.named(organizationId, "康推進課")).isEmpty();
        Initiative content = initiatives.find(initiative).orElseThrow().initiative().content();
        assertThat(content.ownerDepartments()).containsExactly("健康推進課");
        // 01-16 was 健康推進課's already: the merge does not touch it
        assertThat(initiatives.find(initiativeId("01-16")).orElseThrow().initiative().version()).isEqualTo(1);
        assertThat(initiatives.history(initiative)).extracting(InitiativeRevision::version, InitiativeRevision::action,
                InitiativeRevision::reason).last()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple(2, "merge-department", "康推進課 → 健康推進課"));
        assertThat(audit.latest(organizationId, 1)).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("kikaku");
            assertThat(e.action()).isEqualTo("merge-department");
            assertThat(e.subject()).isEqualTo("department " + misspelled);
        });
    }

    @Test
    void theRegistryCountsOwnedAndRelatedInitiativesAndAccounts() {
        add("T-1", List.of("計数課"), List.of("関係課"), List.of());
        add("T-2", List.of("計数課", "関係課"), List.of(), List.of());
        account("keisu", department("計数課"));

        Map<String, RegisteredDepartment> registry = registry();
        assertThat(registry.get("計数課")).extracting(RegisteredDepartment::owns, RegisteredDepartment::relates,
                RegisteredDepartment::accounts).containsExactly(2, 0, 1);
        assertThat(registry.get("関係課")).extracting(RegisteredDepartment::owns, RegisteredDepartment::relates,
                RegisteredDepartment::accounts).containsExactly(1, 1, 0);
    }

    @Test
    void renamingChangesTheNameInEveryInitiativeAndRecordsARevisionOfEach() {
        long a = add("T-1", List.of("旧名課"), List.of(), List.of());
        long b = add("T-2", List.of("別課"), List.of("旧名課"), List.of());
        long c = add("T-3", List.of("別課"), List.of(), List.of(new Contact("旧名課", "0438-00-0000", null)));
        long untouched = add("T-4", List.of("別課"), List.of(), List.of());

        List<Long> changed = editing.rename(planner, new RenameDepartment(organizationId, department("旧名課"), " 新 名課 "));

        assertThat(changed).containsExactlyInAnyOrder(a, b, c);
        assertThat(content(a).ownerDepartments()).containsExactly("新名課");
        assertThat(content(b).relatedDepartments()).containsExactly("新名課");
        assertThat(content(c).contacts()).extracting(Contact::department).containsExactly("新名課");
        assertThat(initiatives.history(b)).extracting(InitiativeRevision::action).containsExactly("add", "rename-department");
        assertThat(initiatives.history(b).get(1).content().relatedDepartments()).containsExactly("新名課");
        assertThat(initiatives.history(untouched)).hasSize(1);
    }

    @Test
    void renamingToTheNameOfAnotherDepartmentIsRefusedBecauseThatIsAMerge() {
        add("T-1", List.of("一課", "二課"), List.of(), List.of());
        Map<String, Long> before = TestDatabase.rowCounts(jdbc);

        assertThatThrownBy(() -> editing.rename(planner, new RenameDepartment(organizationId, department("一課"), "二課")))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems()).extracting(Invalid.Problem::code)
                        .containsExactly("invalid.departmentNameTaken"));
        assertThatThrownBy(() -> editing.rename(planner, new RenameDepartment(organizationId, department("一課"), "  ")))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems()).extracting(Invalid.Problem::code)
                        .containsExactly("invalid.required"));
        assertThat(TestDatabase.rowCounts(jdbc)).isEqualTo(before);
    }

    @Test
    void mergingKeepsOneEntryPerRoleAndOwnerWinsOverRelated() {
        long both = add("T-1", List.of("甲課", "乙課"), List.of(), List.of());
        long ownerAndRelated = add("T-2", List.of("甲課"), List.of("乙課"), List.of());
        long relatedOnly = add("T-3", List.of("丙課"), List.of("甲課"), List.of());

        editing.merge(planner, new MergeDepartments(department("甲課"), department("乙課")));

        assertThat(content(both).ownerDepartments()).containsExactly("乙課");
        assertThat(content(ownerAndRelated).ownerDepartments()).containsExactly("乙課");
        assertThat(content(ownerAndRelated).relatedDepartments()).isEmpty();
        assertThat(content(relatedOnly).relatedDepartments()).containsExactly("乙課");
        assertThat(jdbc.sql("SELECT count(*) FROM initiative_department WHERE initiative_id IN (?, ?, ?)")
                .params(both, ownerAndRelated, relatedOnly).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void mergingMovesContactsNoticesAndAccountsAndAnAccountThatServedBothKeepsOneEntry() {
        long withContact = add("T-1", List.of("丙課"), List.of(), List.of(new Contact("甲課", "0438-00-0001", "窓口")));
        long from = department("甲課");
        long into = departments.named(organizationId, "乙課").orElseGet(() -> jdbc.sql(
                "INSERT INTO department (organization_id, name) VALUES (?, '乙課') RETURNING id").param(organizationId)
                .query(Long.class).single());
        long both = account("ryoho", from, into);
        long onlyFrom = account("kou", from);
        jdbc.sql("INSERT INTO notice (organization_id, department_id, message) VALUES (?, ?, '甲課へ')")
                .params(organizationId, from).update();

        List<Long> changed = editing.merge(planner, new MergeDepartments(from, into));

        assertThat(changed).containsExactly(withContact);
        assertThat(content(withContact).contacts()).containsExactly(new Contact("乙課", "0438-00-0001", "窓口"));
        assertThat(servedBy(both)).containsExactly(into);
        assertThat(servedBy(onlyFrom)).containsExactly(into);
        assertThat(jdbc.sql("SELECT department_id FROM notice WHERE message = '甲課へ'").query(Long.class).single())
                .isEqualTo(into);
        assertThat(jdbc.sql("SELECT count(*) FROM department WHERE id = ?").param(from).query(Long.class).single())
                .isZero();
    }

    @Test
    void mergingFoldsARoundTaskIntoTheTaskTheRemainingDepartmentHasInTheSameRound() {
        add("T-1", List.of("甲課"), List.of(), List.of());
        add("T-2", List.of("乙課"), List.of(), List.of());
        long round = rounds.open(planner, new OpenRound(planId, "予算時", LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 2, 28), 2024)).id();
        Task from = task(round, "甲課");
        rounds.submit(planner, new Submit(from.id(), "甲課の回答"));
        long into = department("乙課");

        editing.merge(planner, new MergeDepartments(department("甲課"), into));

        Task kept = task(round, "乙課");
        assertThat(rounds.tasks(round)).extracting(Task::department).doesNotContain("甲課");
        assertThat(kept.state()).isEqualTo(TaskState.NOT_STARTED);
        assertThat(rounds.steps(kept.id())).extracting(s -> s.comment()).contains("甲課の回答");
    }

    @Test
    void aDepartmentEditorOrAReviewerMayNeitherRenameNorMergeAndNothingChanges() {
        long a = department("康推進課");
        long b = department("健康推進課");
        Map<String, Long> before = TestDatabase.rowCounts(jdbc);
        Actor editor = new Actor("kenko", Actor.Authority.DEPARTMENT, organizationId, Set.of(a, b));
        Actor reviewer = new Actor("shinsa", Actor.Authority.REVIEWER, organizationId, Set.of());

        for (Actor actor : List.of(editor, reviewer)) {
            assertThatThrownBy(() -> editing.rename(actor, new RenameDepartment(organizationId, a, "健康推進課２")))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> editing.merge(actor, new MergeDepartments(a, b))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> editing.registry(actor, organizationId)).isInstanceOf(Forbidden.class);
        }
        assertThat(TestDatabase.rowCounts(jdbc)).isEqualTo(before);
        assertThat(departments.named(organizationId, "康推進課")).contains(a);
    }

    @Test
    void thePlanningDivisionOfAnotherOrganisationMayNotTouchTheseDepartments() {
        Actor chiba = new Actor("chiba", Actor.Authority.ORGANIZATION, organizationId + 1000, Set.of());
        assertThatThrownBy(() -> editing.merge(chiba, new MergeDepartments(department("康推進課"), department("健康推進課"))))
                .isInstanceOf(Forbidden.class);
        Actor kisarazu = new Actor("kisarazu", Actor.Authority.ORGANIZATION, organizationId, Set.of());
        assertThatThrownBy(() -> editing.merge(kisarazu, new MergeDepartments(department("康推進課"), department("康推進課"))))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems()).extracting(Invalid.Problem::code)
                        .containsExactly("invalid.mergeIntoItself"));
    }

    private long add(String code, List<String> owners, List<String> related, List<Contact> contacts) {
        return initiatives.add(sectionId, new Initiative(code, null, "取組 " + code, owners, related, contacts, null,
                List.of(), List.of(), List.of()), "test");
    }

    private long account(String username, long... serves) {
        long id = jdbc.sql("INSERT INTO account (username, password_hash, role, organization_id) "
                + "VALUES (?, 'x', 'DEPARTMENT_EDITOR', ?) RETURNING id").params(username, organizationId)
                .query(Long.class).single();
        for (long department : serves) {
            jdbc.sql("INSERT INTO account_department (account_id, department_id) VALUES (?, ?)").params(id, department)
                    .update();
        }
        return id;
    }

    private List<Long> servedBy(long account) {
        return jdbc.sql("SELECT department_id FROM account_department WHERE account_id = ? ORDER BY 1").param(account)
                .query(Long.class).list();
    }

    private Initiative content(long id) {
        return initiatives.find(id).orElseThrow().initiative().content();
    }

    private Map<String, RegisteredDepartment> registry() {
        return editing.registry(planner, organizationId).stream()
                .collect(java.util.stream.Collectors.toMap(RegisteredDepartment::name, d -> d));
    }

    private Task task(long round, String department) {
        return rounds.tasks(round).stream().filter(t -> t.department().equals(department)).findFirst().orElseThrow();
    }

    private long department(String name) {
        return departments.named(organizationId, name).orElseThrow();
    }

    private long initiativeId(String code) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = ?").params(planId, code)
                .query(Long.class).single();
    }
}
