package jp.shinchoku.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A KPI table through the staff screens: upload, the mapping column by column, a correction, the
 * preview with its evaluation, the import; a mapping saved and used for next year's table.
 */
@DatabaseTest
class TableImportScreenTest {

    static final Path TABLES = Path.of("src/test/resources/tables");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    StaffUser planner;

    @BeforeEach
    void emptyDatabaseWithKisarazu() {
        TestDatabase.empty(jdbc);
        planner = Staff.planner(jdbc, "木更津市", "情報経営課");
    }

    @Test
    void anUnrecognisedColumnIsCorrectedInTheFormThenTheTableImportsWithItsValues() throws Exception {
        // bad-header.csv: 指標名 | R4目標 | R4実績 | 補正値 — the last names no year and no kind
        Cookie session = upload(file("bad-header.csv"), "窓口の指標", null);
        String id = pendingId(session);
        String page = page(get("/staff/import/table/" + id), session);
        assertThat(page).contains("何も保存していません").contains("bad-header.csv:1:4: 見出し「補正値」を読み取れません")
                .contains("指標名").contains("R4目標").doesNotContain("id=\"import-table\"");
        assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single()).isZero();

        // the person says column 4 holds the targets for 令和7年度
        mvc.perform(post("/staff/import/table/" + id + "/mapping").cookie(session).with(Staff.as(planner)).with(csrf())
                .param("firstHeaderLine", "1").param("lastHeaderLine", "1")
                .param("columns[3].index", "3").param("columns[3].role", "VALUE")
                .param("columns[3].fiscalYear", "令和7年度").param("columns[3].kind", "TARGET"))
                .andExpect(status().is3xxRedirection());
        page = page(get("/staff/import/table/" + id), session);
        // 来庁者数 R4: 90 of 100 = 90.0% → B (80% or more); 窓口件数 R4: 210 of 200 = 105.0% → A
        assertThat(page).doesNotContain("何も保存していません").contains("画面で指定").contains("令和7年度 (2025)")
                .contains("目標 95").contains("B 概ね達成").contains("90.0%").contains("A 達成").contains("105.0%")
                .contains("id=\"import-table\"");

        mvc.perform(post("/staff/import/table/" + id).cookie(session).with(Staff.as(planner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(values("窓口の指標")).containsExactlyInAnyOrder(
                "来庁者数 2022 100 90", "来庁者数 2025 95 -", "窓口件数 2022 200 210", "窓口件数 2025 205 -");
        assertThat(audit("import")).containsExactly("kikaku import bad-header.csv");
    }

    /** 施策 | 指標名 | R5目標 | R5実績 | 達成率 | 補正値: the last holds numbers under a header naming no year and no kind. */
    private static MockMultipartFile madoguchi() {
        return new MockMultipartFile("file", "madoguchi.csv", "text/csv", """
                施策,指標名,R5目標,R5実績,達成率,補正値
                窓口の改善,来庁者数,100,90,90%,95
                """.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theMappingSaysWhyInJapaneseAndPointsToTheFormNotToTheCommandLine() throws Exception {
        Cookie session = upload(madoguchi(), null, null);
        String page = page(get("/staff/import/table/" + pendingId(session)), session);

        // the one level column is the innermost, so the initiative; R5 is 令和5年度 (2023)
        assertThat(page).contains("「施策」: 計画の階層。いちばん内側の階層なので取組").contains("「指標名」は指標名")
                .contains("「R5目標」: 令和5年度 (2023)の目標").contains("「R5実績」: 令和5年度 (2023)の実績")
                .contains("「達成率」: 達成率と評価は取り込んだ後に計算するので読みません")
                .contains("madoguchi.csv:1:6: 見出し「補正値」を読み取れません: 値が入っていますが、年度も目標 / 実績も書かれていません。"
                        + "「列の読み方」の「読み方」で何が入っているかを選び（値なら「年度」と「種類」も）、読み直してください。")
                .doesNotContain("--mapping").doesNotContain("names the indicator");
    }

    @Test
    void withLangEnTheMappingSaysWhyInEnglishStillWithoutTheCommandLine() throws Exception {
        Cookie session = upload(madoguchi(), null, null);
        String page = page(get("/staff/import/table/" + pendingId(session)).param("lang", "en"), session);

        assertThat(page).contains("「施策」: a level of the plan; the innermost level, so the initiative")
                .contains("「指標名」 names the indicator").contains("「R5目標」: targets of 令和5年度 (2023)")
                .contains("「達成率」: the evaluation computes rates and grades itself")
                .contains("madoguchi.csv:1:6: header 「補正値」 not understood: its cells hold values, but it names no fiscal "
                        + "year and no 目標 / 実績; under &quot;How the columns are read&quot;, choose what it holds in Read as")
                .doesNotContain("--mapping").doesNotContain("計画の階層");
    }

    @Test
    void aSavedMappingImportsNextYearsTableInOneStep() throws Exception {
        Cookie session = upload(file("bad-header.csv"), "窓口の指標", null);
        String id = pendingId(session);
        mvc.perform(post("/staff/import/table/" + id + "/mapping").cookie(session).with(Staff.as(planner)).with(csrf())
                .param("columns[0].index", "3").param("columns[0].role", "VALUE")
                .param("columns[0].fiscalYear", "2025").param("columns[0].kind", "TARGET"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/staff/import/table/" + id + "/save-mapping").cookie(session).with(Staff.as(planner))
                .with(csrf()).param("name", "窓口指標")).andExpect(status().is3xxRedirection());
        // saved by its header, so that a shifted column is still found
        assertThat(jdbc.sql("SELECT mapping::text FROM table_mapping WHERE name = '窓口指標'").query(String.class).single())
                .contains("\"補正値\"").contains("\"fiscalYear\": 2025").contains("\"kind\": \"target\"");
        assertThat(audit("save-table-mapping")).singleElement().asString().startsWith("kikaku save-table-mapping {")
                .contains("補正値");
        assertThat(page(get("/staff/import"), session)).contains("<option value=\"窓口指標\">");

        // next year's table: a year further on, a note column added before the targets for 令和7年度
        MockMultipartFile nextYear = new MockMultipartFile("file", "madoguchi-r5.csv", "text/csv", """
                指標名,R5目標,R5実績,備考,補正値
                来庁者数,100,104,窓口の統合後,120
                窓口件数,200,190,,220
                """.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse done = mvc.perform(multipart("/staff/import").file(nextYear).param("title", "窓口の指標")
                .param("mapping", "窓口指標").with(Staff.as(planner)).with(csrf())).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).startsWith("/staff/plans/");
        assertThat(values("窓口の指標")).containsExactlyInAnyOrder(
                "来庁者数 2023 100 104", "来庁者数 2025 120 -", "窓口件数 2023 200 190", "窓口件数 2025 220 -");
        assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTableWhoseCellsCannotBeReadShowsFileRowAndColumnAndStoresNothing() throws Exception {
        Map<String, Long> before = TestDatabase.planRowCounts(jdbc);
        Cookie session = upload(file("bad-cells.csv"), null, null);
        String id = pendingId(session);
        String page = page(get("/staff/import/table/" + id), session);
        assertThat(page).contains("何も保存していません")
                .contains("bad-cells.csv:3:2: 年度「来年度」を読めません").contains("bad-cells.csv:4:4:");

        // importing anyway reads the table again and refuses it whole
        page = page(post("/staff/import/table/" + id).with(csrf()), session);
        assertThat(page).contains("取り込めませんでした。何も保存していません。").contains("bad-cells.csv:3:2:");
        assertThat(TestDatabase.planRowCounts(jdbc)).isEqualTo(before);
    }

    @Test
    void aWorkbookWhoseTableIsOnItsSecondSheetIsReadOnceTheSheetIsChosen() throws Exception {
        byte[] workbook;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            book.createSheet("表紙").createRow(0).createCell(0).setCellValue("令和5年度 行政評価");
            var kpi = book.createSheet("KPI");
            String[][] rows = {{"指標名", "R5目標", "R5実績"}, {"来庁者数", "100", "80"}};
            for (int r = 0; r < rows.length; r++) {
                var row = kpi.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        Cookie session = upload(new MockMultipartFile("file", "hyoka.xlsx", "application/octet-stream", workbook), null, null);
        String id = pendingId(session);
        assertThat(page(get("/staff/import/table/" + id), session)).contains("hyoka.xlsx:1: 見出しの行が見つかりません")
                .contains("<option value=\"KPI\">KPI</option>");

        mvc.perform(post("/staff/import/table/" + id + "/mapping").cookie(session).with(Staff.as(planner)).with(csrf())
                .param("sheet", "KPI")).andExpect(status().is3xxRedirection());
        // 来庁者数 令和5年度: 80 of 100 = 80.0% → B (80% or more)
        assertThat(page(get("/staff/import/table/" + id), session)).doesNotContain("何も保存していません")
                .contains("目標 100").contains("実績 80").contains("B 概ね達成").contains("80.0%");
    }

    @Test
    void anUploadIsServedOnlyToTheAccountThatSentIt() throws Exception {
        Cookie session = upload(file("01-wide-reiwa.csv"), null, null);
        String id = pendingId(session);
        StaffUser colleague = new StaffUser(2, "kikaku2", Role.ORG_ADMIN, planner.organizationId(), "木更津市", List.of(),
                false);
        mvc.perform(get("/staff/import/table/" + id).cookie(session).with(Staff.as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/import/table/0123456789abcdef").cookie(session).with(Staff.as(planner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDepartmentEditorCannotReachTheTableScreensNorTheTemplate() throws Exception {
        StaffUser editor = new StaffUser(3, "joho", Role.DEPARTMENT_EDITOR, planner.organizationId(), "木更津市",
                List.of(new StaffUser.Department(1L, "情報経営課")), false);
        Cookie session = upload(file("01-wide-reiwa.csv"), null, null);
        String id = pendingId(session);
        mvc.perform(get("/staff/import/table/" + id).cookie(session).with(Staff.as(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/import/table/" + id).cookie(session).with(Staff.as(editor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/staff/import").file(file("01-wide-reiwa.csv")).with(Staff.as(editor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/import/template.xlsx").with(Staff.as(editor))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single()).isZero();
    }

    @Test
    void theBlankTemplateIsDownloadedAsExcelAndAsCsv() throws Exception {
        MockHttpServletResponse xlsx = mvc.perform(get("/staff/import/template.xlsx").with(Staff.as(planner)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.getContentAsByteArray(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        MockHttpServletResponse csv = mvc.perform(get("/staff/import/template.csv").with(Staff.as(planner)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getHeader("Content-Disposition")).contains("shinchoku-template.csv");
        // the template's header row, after the byte-order mark Excel needs to read UTF-8 (docs/import-template.md)
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFF種別,階層,番号,記号,名称,本文,担当課");
        mvc.perform(get("/staff/import/template.pdf").with(Staff.as(planner))).andExpect(status().isNotFound());
    }

    private static MockMultipartFile file(String name) throws Exception {
        return new MockMultipartFile("file", name, "text/csv", Files.readAllBytes(TABLES.resolve(name)));
    }

    /** Uploads the table and follows nothing: returns the session that keeps it. */
    private Cookie upload(MockMultipartFile file, String title, String mapping) throws Exception {
        var request = multipart("/staff/import").file(file).with(Staff.as(planner)).with(csrf());
        if (title != null) {
            request.param("title", title);
        }
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).matches("/staff/import/table/[0-9a-f]{32}");
        Cookie session = response.getCookie("SESSION");
        assertThat(session).isNotNull();
        lastRedirect = response.getRedirectedUrl();
        return session;
    }

    private String lastRedirect;

    private String pendingId(Cookie session) {
        return lastRedirect.substring(lastRedirect.lastIndexOf('/') + 1);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Cookie session)
            throws Exception {
        return mvc.perform(request.cookie(session).with(Staff.as(planner))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** "indicator year target actual" of the plan's values, "-" for none. */
    private List<String> values(String title) {
        return jdbc.sql("""
                SELECT k.name || ' ' || v.fiscal_year || ' ' || coalesce(v.target_text, '-') || ' ' || coalesce(v.actual_text, '-')
                FROM indicator_value v JOIN indicator k ON k.id = v.indicator_id JOIN initiative i ON i.id = k.initiative_id
                JOIN plan p ON p.id = i.plan_id WHERE p.title = ?""").param(title).query(String.class).list();
    }

    /** "actor action detail" of the audit entries of an action (a plan's import names its file). */
    private List<String> audit(String action) {
        return jdbc.sql("SELECT actor || ' ' || action || ' ' || coalesce(detail, subject) FROM audit_entry WHERE action = ? ORDER BY id")
                .param(action).query(String.class).list();
    }
}
