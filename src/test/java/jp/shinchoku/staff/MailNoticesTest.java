package jp.shinchoku.staff;

import static jp.shinchoku.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.round.Round;
import jp.shinchoku.round.RoundCommands.OpenRound;
import jp.shinchoku.round.RoundCommands.Return;
import jp.shinchoku.round.RoundCommands.Submit;
import jp.shinchoku.round.RoundService;
import jp.shinchoku.round.Task;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import jp.shinchoku.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The round's notices mailed to real accounts through SMTP, and shown on the staff home page all the same. */
@SpringBootTest(properties = {"shinchoku.db.url=", "shinchoku.db.data-dir=target/test-database/${random.uuid}",
        "shinchoku.mail.from=kikaku@city.example.lg.jp"})
@AutoConfigureMockMvc
class MailNoticesTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.configure(registry);
    }

    @Autowired
    RoundService rounds;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long planId;
    long organizationId;
    long sangyo;
    Actor planner;
    Actor reviewer;
    StaffUser editor;
    StaffUser withoutAddress;
    StaffUser disabled;

    @BeforeEach
    void kisarazuWithAccounts() {
        TestDatabase.empty(jdbc);
        jdbc.sql("TRUNCATE round, round_task, round_step, notice, snapshot RESTART IDENTITY CASCADE").update();
        planId = imports.store(List.of(SeedDocuments.all().get(3)), "test").get(0).planId();
        organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
        String organization = jdbc.sql("SELECT name FROM organization WHERE id = ?").param(organizationId)
                .query(String.class).single();
        sangyo = jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = '産業振興課'")
                .param(organizationId).query(Long.class).single();
        planner = new Actor("kikaku", Actor.Authority.ORGANIZATION, organizationId, Set.of());
        reviewer = new Actor("shinsa", Actor.Authority.REVIEWER, organizationId, Set.of());

        editor = Staff.account(accounts, "sangyo", Role.DEPARTMENT_EDITOR, organization, "産業振興課");
        accounts.setEmail("sangyo", "sangyo@city.example.lg.jp", jp.shinchoku.account.Actor.console());
        withoutAddress = Staff.account(accounts, "sangyo2", Role.DEPARTMENT_EDITOR, organization, "産業振興課");
        disabled = Staff.account(accounts, "sangyo-old", Role.DEPARTMENT_EDITOR, organization, "産業振興課");
        accounts.setEmail("sangyo-old", "old@city.example.lg.jp", jp.shinchoku.account.Actor.console());
        accounts.disable("sangyo-old", jp.shinchoku.account.Actor.console());
        Staff.account(accounts, "kikaku", Role.ORG_ADMIN, organization);
        accounts.setEmail("kikaku", "kikaku@city.example.lg.jp", jp.shinchoku.account.Actor.console());
    }

    @Test
    void openingARoundMailsTheEnabledEditorsWithAnAddressOfEachOwningDepartment() throws Exception {
        rounds.open(planner, new OpenRound(planId, "令和6年度 決算時", LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 6, 30), 2024));

        smtp.waitForIncomingEmail(5000, 1);
        List<MimeMessage> toSangyo = mailTo("sangyo@city.example.lg.jp");
        assertThat(toSangyo).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("[進捗 Shinchoku] 照会「令和6年度 決算時」が始まりました");
            assertThat(m.getFrom()[0].toString()).isEqualTo("kikaku@city.example.lg.jp");
            assertThat(addresses(m)).containsExactly("sangyo@city.example.lg.jp");
        });
        assertThat(mailTo("old@city.example.lg.jp")).as("a disabled account").isEmpty();
        assertThat(mailTo("kikaku@city.example.lg.jp")).as("not a department editor").isEmpty();

        for (StaffUser user : List.of(editor, withoutAddress, disabled)) {
            mvc.perform(get("/staff").with(as(user)))
                    .andExpect(content().string(containsString("照会「令和6年度 決算時」が始まりました")));
        }
    }

    @Test
    void returningATaskMailsItsDepartmentsEditorWithTheComment() throws Exception {
        Round round = rounds.open(planner, new OpenRound(planId, "決算時", LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 6, 30), 2024));
        Task task = rounds.tasks(round.id()).stream().filter(t -> t.departmentId() == sangyo).findFirst().orElseThrow();
        rounds.submit(planner, new Submit(task.id(), null));
        rounds.returnToDepartment(reviewer, new Return(task.id(), "単位を千円で統一してください"));

        smtp.waitForIncomingEmail(5000, 3);
        assertThat(mailTo("sangyo@city.example.lg.jp")).filteredOn(m -> subject(m).contains("差し戻されました"))
                .singleElement().satisfies(m -> {
                    assertThat(m.getSubject()).isEqualTo("[進捗 Shinchoku] 「決算時」が差し戻されました");
                    assertThat(m.getContent().toString()).contains("単位を千円で統一してください");
                });
        assertThat(mailTo("old@city.example.lg.jp")).isEmpty();
        mvc.perform(get("/staff").with(as(withoutAddress)))
                .andExpect(content().string(containsString("「決算時」が差し戻されました")));
    }

    @Test
    void theDeadlineReminderIsMailedToTheEditorsOfDepartmentsThatHaveNotSubmitted() throws Exception {
        rounds.open(planner, new OpenRound(planId, "決算時", LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 30), 2024));
        rounds.remind(LocalDate.of(2025, 6, 27), 3);

        smtp.waitForIncomingEmail(5000, 2);
        assertThat(mailTo("sangyo@city.example.lg.jp")).filteredOn(m -> subject(m).contains("締切"))
                .singleElement().satisfies(m ->
                        assertThat(m.getSubject()).isEqualTo("[進捗 Shinchoku] 「決算時」の締切は 2025-06-30 です"));
        assertThat(mailTo("old@city.example.lg.jp")).isEmpty();
        mvc.perform(get("/staff").with(as(withoutAddress)))
                .andExpect(content().string(containsString("「決算時」の締切は 2025-06-30 です")));
    }

    @Test
    void theOrganizationsAddressesAreItsEnabledAdministratorsAndReviewersWithAnAddress() {
        String organization = jdbc.sql("SELECT name FROM organization WHERE id = ?").param(organizationId)
                .query(String.class).single();
        Staff.account(accounts, "shinsa", Role.REVIEWER, organization);
        accounts.setEmail("shinsa", "shinsa@city.example.lg.jp", jp.shinchoku.account.Actor.console());
        Staff.account(accounts, "shinsa2", Role.REVIEWER, organization);
        Staff.account(accounts, "etsuran", Role.VIEWER, organization);
        accounts.setEmail("etsuran", "etsuran@city.example.lg.jp", jp.shinchoku.account.Actor.console());

        assertThat(new AccountRecipients(accounts).addresses(organizationId, null))
                .containsExactly("kikaku@city.example.lg.jp", "shinsa@city.example.lg.jp");
        assertThat(new AccountRecipients(accounts).addresses(organizationId, sangyo))
                .containsExactly("sangyo@city.example.lg.jp");
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> addresses(m).contains(address)).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(MimeMessage m) {
        try {
            Address[] all = m.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
