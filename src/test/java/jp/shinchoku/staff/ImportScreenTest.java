package jp.shinchoku.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Commands.RecordValues;
import jp.shinchoku.editing.Commands.ValueEntry;
import jp.shinchoku.editing.EditingService;
import jp.shinchoku.importer.Seeds;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class ImportScreenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EditingService editing;

    @Autowired
    JdbcClient jdbc;

    StaffUser planner;

    @BeforeEach
    void emptyDatabaseWithKisarazu() {
        TestDatabase.empty(jdbc);
        long org = jdbc.sql("INSERT INTO organization (name) VALUES ('木更津市') RETURNING id").query(Long.class).single();
        planner = new StaffUser(1, "kikaku", Role.ORG_ADMIN, org, "木更津市", List.of(), false);
    }

    @Test
    void aReimportThatWouldOverwriteAnEnteredValueWaitsForConfirmationThenReplacesItKeepingTheIds() throws Exception {
        MockMultipartFile seed = new MockMultipartFile("file", Seeds.DX_SHEETS, "text/plain", Seeds.bytes(Seeds.DX_SHEETS));
        mvc.perform(multipart("/staff/import").file(seed).with(Staff.as(planner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM initiative WHERE code = '01-01'").query(Long.class).single();
        editing.recordValues(new Actor("kikaku", Actor.Authority.ORGANIZATION, planner.organizationId(), Set.of()),
                new RecordValues(id, 1, List.of(new ValueEntry("成果目標①", 2024, "60,000千円", "34,000千円", null))));
        Map<String, Long> before = TestDatabase.planRowCounts(jdbc);

        // the upload waits in the session (kept in PostgreSQL): the confirmation comes back with its cookie
        var response = mvc.perform(multipart("/staff/import").file(seed).with(Staff.as(planner)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse();
        jakarta.servlet.http.Cookie session = response.getCookie("SESSION");
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("1 件の値が変わります").contains("実績 34,000千円").contains("実績 33,474千円");
        assertThat(TestDatabase.planRowCounts(jdbc)).isEqualTo(before);

        mvc.perform(post("/staff/import/confirm").cookie(session).with(Staff.as(planner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                SELECT v.actual_text FROM indicator_value v JOIN indicator k ON k.id = v.indicator_id
                WHERE k.initiative_id = ? AND k.label = '成果目標①' AND v.fiscal_year = 2024""").param(id)
                .query(String.class).single()).isEqualTo("33,474千円");
        assertThat(jdbc.sql("SELECT id FROM initiative WHERE code = '01-01'").query(Long.class).single()).isEqualTo(id);
    }

    @Test
    void aBrokenFileIsRefusedNamingTheLineAndAnotherOrganisationsPlanIsForbidden() throws Exception {
        MockMultipartFile broken = new MockMultipartFile("file", "broken.txt", "text/plain",
                "これはどの様式でもない文書です\n".getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/staff/import").file(broken).with(Staff.as(planner)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("何も保存していません").contains("broken.txt:1:");

        // the manifesto names its organisation, 千葉市: a 木更津市 planner may not import it
        MockMultipartFile chiba = new MockMultipartFile("file", Seeds.MANIFESTO, "text/plain", Seeds.bytes(Seeds.MANIFESTO));
        mvc.perform(multipart("/staff/import").file(chiba).with(Staff.as(planner)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single()).isZero();
    }
}
