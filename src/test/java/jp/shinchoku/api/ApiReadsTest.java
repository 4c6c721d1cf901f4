package jp.shinchoku.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The public reads of the API: organisations, plans, sections, initiatives, indicators; paging, ETags, problems. */
@DatabaseTest
class ApiReadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    SnapshotService snapshots;

    long dx;
    long kisarazu;

    @BeforeEach
    void seeds() {
        TestDatabase.reloadSeeds(jdbc, imports);
        kisarazu = jdbc.sql("SELECT id FROM organization WHERE name = '木更津市'").query(Long.class).single();
        dx = jdbc.sql("SELECT id FROM plan WHERE organization_id = ? AND title LIKE 'DX%'").param(kisarazu)
                .query(Long.class).single();
    }

    @Test
    void listsTheOrganisationsWithTheirPlanCounts() throws Exception {
        // the seeds: 千葉市 (manifesto, reform), 千葉県 (reform sheet), 木更津市 (DX sheet, reform progress)
        mvc.perform(get("/api/v1/organizations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[?(@.name == '木更津市')].plans").value(2))
                .andExpect(jsonPath("$.items[?(@.name == '千葉県')].plans").value(1));
        mvc.perform(get("/api/v1/organizations/{id}", kisarazu))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("木更津市"))
                .andExpect(jsonPath("$.plans.length()").value(2))
                .andExpect(jsonPath("$.departments").value(org.hamcrest.Matchers.hasItems("情報経営課", "産業振興課")));
    }

    @Test
    void pagesTheDxPlansThirtyInitiativesWithLinksToTheNeighbouringPages() throws Exception {
        // seed 003 has 30 施策ID, 01-01 … 04-02; the second page of ten starts at the eleventh, 01-11, and ends at 02-05
        mvc.perform(get("/api/v1/plans/{id}/initiatives?size=10&page=2", dx))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(30))
                .andExpect(jsonPath("$.pages").value(3))
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.items[0].code").value("01-11"))
                .andExpect(jsonPath("$.items[9].code").value("02-05"))
                .andExpect(jsonPath("$.links.prev").value("/api/v1/plans/" + dx + "/initiatives?page=1&size=10"))
                .andExpect(jsonPath("$.links.next").value("/api/v1/plans/" + dx + "/initiatives?page=3&size=10"));
        mvc.perform(get("/api/v1/plans/{id}/initiatives?size=10&page=3", dx))
                .andExpect(jsonPath("$.items[9].code").value("04-02"))
                .andExpect(jsonPath("$.links.next").doesNotExist());
    }

    @Test
    void filtersInitiativesByOwnerDepartmentAndShowsOneWithItsIndicators() throws Exception {
        String body = mvc.perform(get("/api/v1/plans/{id}/initiatives?department=危機管理課", dx))
                .andExpect(jsonPath("$.items[0].code").value("01-06"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        long drones = jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = '01-06'").param(dx)
                .query(Long.class).single();
        assertThat(body).contains("\"href\":\"/api/v1/initiatives/" + drones + "\"");
        mvc.perform(get("/api/v1/initiatives/{id}", drones))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("有事の際のドローン活用の仕組みの構築"))
                .andExpect(jsonPath("$.ownerDepartments[0]").value("危機管理課"))
                .andExpect(jsonPath("$.relatedDepartments[0]").value("警防課"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.indicators[0].values[0].target.text").value("協定締結数1件"));
    }

    @Test
    void listsTheSectionsAndEveryIndicatorOfAPlan() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/sections", dx))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].path").value("1"))
                .andExpect(jsonPath("$.items[0].depth").value(1));
        // 01-05 テレワークの推進 has three: 施設数 (累計), 満足度, 稼働率
        long telework = jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND code = '01-05'").param(dx)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/plans/{id}/indicators?size=100", dx))
                .andExpect(jsonPath("$.items[?(@.initiativeId == " + telework + ")].key")
                        .value(org.hamcrest.Matchers.contains("成果目標①", "成果目標②", "成果目標③")));
    }

    @Test
    void aPublishedPlanCarriesItsSnapshotAsETagAndAnswers304ToIt() throws Exception {
        long snapshot = snapshots.publish(Actor.system("test"), dx, LocalDate.of(2025, 5, 31), "決算時", null).id();
        String etag = mvc.perform(get("/api/v1/plans/{id}", dx)).andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.startsWith("\"s" + snapshot + "-")))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/plans/{id}", dx).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
        mvc.perform(get("/api/v1/plans/{id}/snapshots/{sid}", dx, snapshot).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        long next = snapshots.publish(Actor.system("test"), dx, LocalDate.of(2025, 6, 30), "再公表", null).id();
        mvc.perform(get("/api/v1/plans/{id}", dx).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.startsWith("\"s" + next + "-")));
    }

    @Test
    void everyOtherGetHasAnETagOfItsBodyAndAnswers304ToIt() throws Exception {
        for (String path : new String[] {"/api/v1/plans", "/api/v1/organizations", "/api/v1/plans/" + dx + "/initiatives",
                "/api/v1/plans/" + dx + "/snapshots", "/api/v1/search?q=テレワーク"}) {
            String etag = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
        }
    }

    @Test
    void problemsAreInJapaneseByDefaultAndInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/sections", 999_999))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Content-Language", "ja"))
                .andExpect(jsonPath("$.title").value("見つかりません"))
                .andExpect(jsonPath("$.detail").value("plan 999999 はありません。"))
                .andExpect(jsonPath("$.instance").value("/api/v1/plans/999999/sections"));
        mvc.perform(get("/api/v1/initiatives/{id}", 999_999).header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("There is no initiative 999999."));
        mvc.perform(get("/api/v1/plans?page=0").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("page must be 1 or more (0 was given)."));
        mvc.perform(get("/api/v1/plans?size=101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("size は 1 以上 100 以下にしてください（101 が指定されました）。"));
        mvc.perform(get("/api/v1/plans/{id}/initiatives/{code}/related", dx, "99-99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("見つかりません"));
    }
}
