package jp.shinchoku.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class StaffScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    long planId;
    long organizationId;
    long sangyo;
    StaffUser editor;
    StaffUser planner;
    StaffUser reviewer;

    @BeforeEach
    void loadKisarazuDxPlan() {
        TestDatabase.empty(jdbc);
        planId = imports.store(List.of(SeedDocuments.all().get(3)), "test").get(0).planId();
        organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
        sangyo = jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = '産業振興課'")
                .param(organizationId).query(Long.class).single();
        editor = new StaffUser(1, "sangyo", Role.DEPARTMENT_EDITOR, organizationId, "木更津市",
                List.of(new StaffUser.Department(sangyo, "産業振興課")), false);
        planner = new StaffUser(2, "kikaku", Role.ORG_ADMIN, organizationId, "木更津市", List.of(), false);
        reviewer = new StaffUser(3, "shinsa", Role.REVIEWER, organizationId, "木更津市", List.of(), false);
    }

    @Test
    void aDepartmentEditorSeesTheIndicatorTableAndSavesAnActualInPlace() throws Exception {
        long id = initiative("01-01");
        String page = body(mvc.perform(get("/staff/initiatives/" + id).with(as(editor))).andExpect(status().isOk()));
        assertThat(page).contains("成果目標①").contains("月間利用金額").contains("value=\"33,474千円\"");

        mvc.perform(values(id, 1, "成果目標①", 2025, "60,000千円", "58,000千円", "見込み").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(actual(id, "成果目標①", 2025)).isEqualTo("58,000千円");
        String history = body(mvc.perform(get("/staff/initiatives/" + id + "/history").with(as(editor))));
        assertThat(history).contains("<ins>58,000千円</ins>").contains("sangyo");
    }

    @Test
    void theSecondSaveFromAnOldPageGetsTheConflictPageWithBothVersions() throws Exception {
        long id = initiative("01-01");
        mvc.perform(values(id, 1, "成果目標①", 2025, "60,000千円", "58,000千円", null).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String conflict = body(mvc.perform(values(id, 1, "成果目標①", 2025, "60,000千円", "59,999千円", null)
                .with(as(planner)).with(csrf())).andExpect(status().isConflict()));

        assertThat(conflict).contains("他の人が先に保存しました").contains("59,999千円").contains("58,000千円");
        assertThat(actual(id, "成果目標①", 2025)).isEqualTo("58,000千円");
    }

    @Test
    void aForgedPostForAnotherDepartmentsInitiativeIsRefusedAndChangesNothing() throws Exception {
        long other = initiative("01-05");
        Map<String, Long> before = TestDatabase.planRowCounts(jdbc);

        mvc.perform(values(other, 1, "成果目標①", 2025, "6施設", "9施設", null).with(as(editor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(values(initiative("01-01"), 1, "成果目標①", 2025, null, "1千円", null).with(as(editor)))  // no CSRF token
                .andExpect(status().isForbidden());

        assertThat(TestDatabase.planRowCounts(jdbc)).isEqualTo(before);
        assertThat(actual(other, "成果目標①", 2025)).isNull();
    }

    @Test
    void aRoundWalkedThroughTheScreensEndsInAPublicationTheAuditLogRecords() throws Exception {
        String location = mvc.perform(post("/staff/rounds").with(as(planner)).with(csrf()).param("plan", "" + planId)
                        .param("title", "令和6年度 決算時").param("asOf", "2025-05-31").param("deadline", "2025-06-30")
                        .param("fiscalYear", "2024"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long roundId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long taskId = jdbc.sql("SELECT id FROM round_task WHERE round_id = ? AND department_id = ?")
                .params(roundId, sangyo).query(Long.class).single();
        assertThat(body(mvc.perform(get("/staff").with(as(editor))))).contains("令和6年度 決算時").contains("未着手");

        long id = initiative("01-01");
        mvc.perform(values(id, 1, "成果目標①", 2024, "60,000千円", "33,500千円", "再集計").with(as(editor)).with(csrf()));
        mvc.perform(post("/staff/tasks/" + taskId + "/submit").with(as(editor)).with(csrf()));
        mvc.perform(post("/staff/tasks/" + taskId + "/approve").with(as(editor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/tasks/" + taskId + "/return").with(as(reviewer)).with(csrf())
                .param("comment", "備考に集計方法を書いてください"));
        assertThat(body(mvc.perform(get("/staff/tasks/" + taskId).with(as(editor)))))
                .contains("差し戻されました: 備考に集計方法を書いてください");
        mvc.perform(values(id, 2, "成果目標①", 2024, "60,000千円", "33,500千円", "決算値で再集計").with(as(editor)).with(csrf()));
        mvc.perform(post("/staff/tasks/" + taskId + "/submit").with(as(editor)).with(csrf()));
        mvc.perform(post("/staff/tasks/" + taskId + "/approve").with(as(reviewer)).with(csrf()));
        String board = body(mvc.perform(get("/staff/rounds/" + roundId).with(as(reviewer))));
        assertThat(board).contains("承認済").contains("期限超過");
        mvc.perform(post("/staff/rounds/" + roundId + "/publish").with(as(planner)).with(csrf())
                .param("evenIfUnapproved", "true")).andExpect(status().is3xxRedirection());

        String publicPage = body(mvc.perform(get("/plans/" + planId)));
        assertThat(publicPage).contains("33,500千円").contains("令和7年5月31日 (2025-05-31) 時点の公表");
        String audit = body(mvc.perform(get("/staff/audit").with(as(planner))).andExpect(status().isOk()));
        assertThat(audit).contains("open-round").contains("record-values").contains("submit").contains("return")
                .contains("approve").contains("publish");
        mvc.perform(get("/staff/audit").with(as(editor))).andExpect(status().isForbidden());
        byte[] csv = mvc.perform(get("/staff/audit.csv").with(as(planner))).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFid,日時,操作者,操作,対象,内容");
    }

    @Test
    void aTaskThatDoesNotExistShowsTheStaffNotFoundPageLikeItsSubmitDoes() throws Exception {
        long missing = 999_999;
        String page = body(mvc.perform(get("/staff/tasks/" + missing).with(as(planner)))
                .andExpect(status().isNotFound()));
        String submit = body(mvc.perform(post("/staff/tasks/" + missing + "/submit").with(as(planner)).with(csrf()))
                .andExpect(status().isNotFound()));

        assertThat(page).contains("この操作はできません (404)").contains("照会の課題 999999 はありません")
                .contains("href=\"/staff\"");
        assertThat(submit).contains("この操作はできません (404)").contains("照会の課題 999999 はありません");
    }

    @Test
    void aProposedGradeIsShownToTheOwnerDepartmentAndCountsOnlyOnceConfirmed() throws Exception {
        // 01-06 成果目標① 令和5年度: target 随時企業との協定を締結, actual 協定締結数0件: proposed D
        long kiki = jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = '危機管理課'")
                .param(organizationId).query(Long.class).single();
        StaffUser owner = new StaffUser(4, "kiki", Role.DEPARTMENT_EDITOR, organizationId, "木更津市",
                List.of(new StaffUser.Department(kiki, "危機管理課")), false);
        long id = initiative("01-06");
        String page = body(mvc.perform(get("/staff/initiatives/" + id).with(as(owner))));
        assertThat(page).contains("提案: D 未達成").contains("提案どおり D と判断する");
        assertThat(jdbc.sql("SELECT count(*) FROM judgement").query(Long.class).single()).isZero();

        mvc.perform(post("/staff/initiatives/" + id + "/judgement").with(as(owner)).with(csrf())
                .param("indicator", "成果目標①").param("fiscalYear", "2023").param("grade", "D")
                .param("reason", "協定の締結がなかった")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT grade || ' ' || judged_by FROM judgement").query(String.class).single())
                .isEqualTo("D kiki");
    }

    private MockHttpServletRequestBuilder values(long id, int version, String indicator, int year, String target,
            String actual, String note) {
        MockHttpServletRequestBuilder post = post("/staff/initiatives/" + id + "/values").param("version", "" + version)
                .param("entries[0].indicator", indicator).param("entries[0].fiscalYear", "" + year);
        if (target != null) {
            post.param("entries[0].target", target);
        }
        post.param("entries[0].actual", actual);
        if (note != null) {
            post.param("entries[0].note", note);
        }
        return post;
    }

    private RequestPostProcessor as(StaffUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long initiative(String code) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = ?").params(planId, code)
                .query(Long.class).single();
    }

    private String actual(long initiativeId, String label, int year) {
        return jdbc.sql("""
                SELECT v.actual_text FROM indicator_value v JOIN indicator k ON k.id = v.indicator_id
                WHERE k.initiative_id = ? AND k.label = ? AND v.fiscal_year = ?""")
                .params(initiativeId, label, year).query(String.class).optional().orElse(null);
    }
}
