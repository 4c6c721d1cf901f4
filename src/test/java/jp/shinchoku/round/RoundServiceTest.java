package jp.shinchoku.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.ValueEntry;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.round.RoundCommands.Approve;
import jp.shinchoku.round.RoundCommands.OpenRound;
import jp.shinchoku.round.RoundCommands.Publish;
import jp.shinchoku.round.RoundCommands.Return;
import jp.shinchoku.round.RoundCommands.Submit;
import jp.shinchoku.snapshot.Snapshot;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.TestDatabase;
import jp.shinchoku.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = {"shinchoku.db.url=", "shinchoku.db.data-dir=target/test-database/${random.uuid}",
        "shinchoku.mail.from=kikaku@city.example.lg.jp"})
class RoundServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.configure(registry);
    }

    /** Each department's mail goes to an address named after the department's id, not to accounts. */
    @TestConfiguration
    static class Addresses {
        @Bean
        @Primary
        Notices.Recipients recipients() {
            return (organization, department) -> department == null ? List.of("kikaku@city.example.lg.jp")
                    : List.of("ka" + department + "@city.example.lg.jp");
        }
    }

    @Autowired
    RoundService rounds;

    @Autowired
    EditingService editing;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    ImportService imports;

    @Autowired
    Notices notices;

    @Autowired
    JdbcClient jdbc;

    PlanDocument dx;
    long planId;
    long organizationId;
    Actor planner;
    Actor reviewer;

    @BeforeEach
    void loadKisarazuDxPlan() {
        TestDatabase.empty(jdbc);
        jdbc.sql("TRUNCATE round, round_task, round_step, notice, snapshot RESTART IDENTITY CASCADE").update();
        dx = SeedDocuments.all().get(3);
        planId = imports.store(List.of(dx), "test").get(0).planId();
        organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
        planner = new Actor("kikaku", Actor.Authority.ORGANIZATION, organizationId, Set.of());
        reviewer = new Actor("shinsa", Actor.Authority.REVIEWER, organizationId, Set.of());
    }

    @Test
    void aWholeRoundFromOpeningToPublicationWithAReturnOnTheWay() throws Exception {
        Round round = rounds.open(planner, new OpenRound(planId, "令和6年度 決算時", LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 6, 30), 2024));

        long owners = dx.allInitiatives().stream().flatMap(i -> i.ownerDepartments().stream()).distinct().count();
        assertThat(rounds.tasks(round.id())).hasSize((int) owners)
                .allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.NOT_STARTED));
        long sangyo = department("産業振興課");
        Task task = rounds.tasks(round.id()).stream().filter(t -> t.departmentId() == sangyo).findFirst().orElseThrow();
        assertThat(mailTo("ka" + sangyo + "@city.example.lg.jp")).anySatisfy(m -> {
            assertThat(m.getSubject()).isEqualTo("[進捗 Shinchoku] 照会「令和6年度 決算時」が始まりました");
            assertThat(body(m)).contains("令和6年度 (2024)");
        });

        Actor editor = new Actor("sangyo", Actor.Authority.DEPARTMENT, organizationId, Set.of(sangyo));
        long initiative = initiativeId("01-01");
        editing.recordValues(editor, new RecordValues(initiative, 1,
                List.of(new ValueEntry("成果目標①", 2025, "60,000千円", "61,000千円", null))));
        assertThat(rounds.task(task.id()).orElseThrow().state()).isEqualTo(TaskState.IN_PROGRESS);

        assertThat(rounds.submit(editor, new Submit(task.id(), null))).isEqualTo(TaskState.SUBMITTED);
        assertThatThrownBy(() -> rounds.submit(editor, new Submit(task.id(), null)))
                .isInstanceOf(TaskState.IllegalTransition.class);
        assertThatThrownBy(() -> rounds.approve(editor, new Approve(task.id(), null))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> rounds.returnToDepartment(reviewer, new Return(task.id(), " ")))
                .isInstanceOf(Invalid.class);

        assertThat(rounds.returnToDepartment(reviewer, new Return(task.id(), "単位を千円で統一してください")))
                .isEqualTo(TaskState.RETURNED);
        assertThat(rounds.task(task.id()).orElseThrow().lastComment()).isEqualTo("単位を千円で統一してください");
        assertThat(mailTo("ka" + sangyo + "@city.example.lg.jp")).anySatisfy(m ->
                assertThat(body(m)).contains("単位を千円で統一してください"));
        assertThat(notices.latest(organizationId, Set.of(sangyo), 10)).extracting(Notices.Notice::subject)
                .contains("「令和6年度 決算時」が差し戻されました");

        editing.recordValues(editor, new RecordValues(initiative, 2,
                List.of(new ValueEntry("成果目標①", 2025, "60,000千円", "61,500千円", "修正済み"))));
        rounds.submit(editor, new Submit(task.id(), "修正しました"));
        assertThat(rounds.approve(reviewer, new Approve(task.id(), null))).isEqualTo(TaskState.APPROVED);
        assertThat(rounds.steps(task.id())).extracting(TaskStep::action)
                .containsExactly("start", "submit", "return", "submit", "approve");

        assertThatThrownBy(() -> rounds.publish(planner, new Publish(round.id(), false)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("invalid.unapprovedTasks"));
        assertThatThrownBy(() -> rounds.publish(reviewer, new Publish(round.id(), true))).isInstanceOf(Forbidden.class);
        Snapshot published = rounds.publish(planner, new Publish(round.id(), true));

        assertThat(published.asOf()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(published.title()).isEqualTo("令和6年度 決算時");
        assertThat(snapshots.current(planId).orElseThrow().document().allInitiatives().get(0).indicators().get(0)
                .valueFor(2025).actual().text()).isEqualTo("61,500千円");
        assertThat(rounds.round(round.id()).orElseThrow().isOpen()).isFalse();
        assertThatThrownBy(() -> rounds.submit(editor, new Submit(task.id(), null))).isInstanceOf(Invalid.class);
    }

    @Test
    void aSecondRoundCannotOpenWhileOneIsOpenAndADepartmentCannotOpenOne() {
        rounds.open(planner, new OpenRound(planId, "予算時", LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), 2024));
        assertThatThrownBy(() -> rounds.open(planner, new OpenRound(planId, "決算時", LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 6, 30), 2024)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problems()).extracting(Invalid.Problem::code)
                        .containsExactly("invalid.roundAlreadyOpen"));
        Actor editor = new Actor("sangyo", Actor.Authority.DEPARTMENT, organizationId, Set.of(department("産業振興課")));
        assertThatThrownBy(() -> rounds.open(editor, new OpenRound(planId, "x", LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 2, 28), 2024))).isInstanceOf(Forbidden.class);
    }

    @Test
    void departmentsThatHaveNotSubmittedAreRemindedOnceWhenTheDeadlineIsNear() throws Exception {
        Round round = rounds.open(planner, new OpenRound(planId, "決算時", LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 6, 30), 2024));
        long sangyo = department("産業振興課");
        Task task = rounds.tasks(round.id()).stream().filter(t -> t.departmentId() == sangyo).findFirst().orElseThrow();
        rounds.submit(planner, new Submit(task.id(), null));
        int tasks = rounds.tasks(round.id()).size();

        assertThat(rounds.remind(LocalDate.of(2025, 6, 26), 3)).as("four days before").isZero();
        assertThat(rounds.remind(LocalDate.of(2025, 6, 27), 3)).as("three days before").isEqualTo(tasks - 1);
        assertThat(rounds.remind(LocalDate.of(2025, 6, 28), 3)).as("already reminded").isZero();
        assertThat(mailTo("ka" + sangyo + "@city.example.lg.jp")).noneSatisfy(m ->
                assertThat(m.getSubject()).contains("締切"));
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        smtp.waitForIncomingEmail(1);
        List<MimeMessage> to = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                to.add(m);
            }
        }
        return to;
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long department(String name) {
        return jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = ?").params(organizationId, name)
                .query(Long.class).single();
    }

    private long initiativeId(String code) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = ?").params(planId, code)
                .query(Long.class).single();
    }
}
