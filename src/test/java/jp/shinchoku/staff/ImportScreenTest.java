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

/**
 * The import screen: a re-import waiting for confirmation, an organisation's own plans only, and a
 * file that cannot be imported refused in Japanese, each problem after its file and line (with
 * ?lang=en in the English the command line prints).
 */
@DatabaseTest
class ImportScreenTest {

    /** The 木更津市 DX 施策シート with the second sheet's 施策ID (line 24) written "01-2". */
    private static final byte[] BROKEN_DX_SHEETS = new String(Seeds.bytes(Seeds.DX_SHEETS), StandardCharsets.UTF_8)
            .replaceFirst("(?m)^施策ID\t01-02", "施策ID\t01-2").getBytes(StandardCharsets.UTF_8);

    /** A plan document whose title is a number, which the schema refuses. */
    private static final byte[] NUMBERED_TITLE = "{\"format\": \"shinchoku/plan-v1\", \"title\": 1}"
            .getBytes(StandardCharsets.UTF_8);

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
        planner = Staff.planner(jdbc, "木更津市");
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

    @Test
    void aSheetWithABrokenIdCellIsRefusedInJapaneseAtItsLine() throws Exception {
        String page = upload("dx.txt", BROKEN_DX_SHEETS, null);

        assertThat(page).contains("何も保存していません").contains("dx.txt:24: 施策ID「01-2」が 01-01 の形ではありません")
                .doesNotContain("is not of the form");
        assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single()).isZero();
    }

    @Test
    void withLangEnTheBrokenIdCellIsSaidAsTheCommandLineSaysIt() throws Exception {
        assertThat(upload("dx.txt", BROKEN_DX_SHEETS, "en"))
                .contains("dx.txt:24: the 施策ID &quot;01-2&quot; is not of the form 01-01");
    }

    @Test
    void aPlanDocumentWithABadFieldIsRefusedInJapaneseWithTheFieldsPathAndLine() throws Exception {
        // the validator's own Japanese for a value of the wrong type: "{0} が見つかりました、{1} が予期されました"
        assertThat(upload("plan.json", NUMBERED_TITLE, null))
                .contains("plan.json:1: 計画文書として正しくありません: $.title: integer が見つかりました、string が予期されました")
                .doesNotContain("not a valid plan document");
        assertThat(upload("plan.json", NUMBERED_TITLE, "en"))
                .contains("plan.json:1: not a valid plan document: $.title: integer found, string expected");
    }

    @Test
    void aFileNoImporterTakesIsSaidInJapaneseAndWithLangEnInEnglish() throws Exception {
        byte[] minutes = "議事録\n出席者\t5名\n".getBytes(StandardCharsets.UTF_8);

        assertThat(upload("minutes.txt", minutes, null)).contains("minutes.txt:1: 読める様式のどれにも当たらない文書です。読める様式: ")
                .contains("kisarazu-dx-policy-sheet (木更津市 DX 施策シート (施策ID・成果目標))")
                .contains("shinchoku/plan-v1 (Shinchoku の計画文書（JSON。shinchoku export で書き出したもの）)、")
                .doesNotContain("unknown layout").doesNotContain("plan document").doesNotContain("written by");
        assertThat(upload("minutes.txt", minutes, "en"))
                .contains("minutes.txt:1: unknown layout: this document is none of the layouts Shinchoku reads: ")
                .contains("shinchoku/plan-v1 (Shinchoku plan document (JSON, written by shinchoku export)); ");
    }

    private String upload(String name, byte[] bytes, String lang) throws Exception {
        var request = multipart("/staff/import").file(new MockMultipartFile("file", name, "text/plain", bytes))
                .with(Staff.as(planner)).with(csrf());
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
