package jp.shinchoku.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.Role;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.snapshot.SnapshotService;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class PublicPageCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    AccountService accounts;

    long planId;

    @BeforeEach
    void loadKisarazuReformPlan() {
        TestDatabase.empty(jdbc);
        planId = imports.store(List.of(SeedDocuments.all().get(4)), "test").get(0).planId();
    }

    private MockHttpServletResponse fetch(String path, String... headers) throws Exception {
        var request = get(path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aPageAskedAgainWithItsEtagIsAnsweredNotModifiedWithoutABody() throws Exception {
        MockHttpServletResponse first = fetch("/plans/" + planId);
        String etag = first.getHeader("ETag");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.getHeader("Vary")).isEqualTo("Accept-Encoding");

        MockHttpServletResponse again = fetch("/plans/" + planId, "If-None-Match", etag);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(etag);

        assertThat(fetch("/plans/" + planId, "If-None-Match", "\"something else\"").getStatus()).isEqualTo(200);
    }

    @Test
    void aNewPublicationGivesThePageANewEtagAndItsNewContent() throws Exception {
        String before = fetch("/plans/" + planId).getHeader("ETag");
        long organization = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).single();
        snapshots.publish(new Actor("kikaku", Actor.Authority.ORGANIZATION, organization, java.util.Set.of()), planId,
                LocalDate.of(2024, 5, 31), "令和5年度 決算時", null);

        MockHttpServletResponse after = fetch("/plans/" + planId, "If-None-Match", before);
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(before);
        assertThat(after.getContentAsString()).contains("令和6年5月31日 (2024-05-31) 時点の公表");
    }

    @Test
    void aReaderThatAcceptsGzipGetsTheSamePageCompressedUnderATagOfItsOwn() throws Exception {
        MockHttpServletResponse plain = fetch("/plans/" + planId);
        MockHttpServletResponse zipped = fetch("/plans/" + planId, "Accept-Encoding", "gzip, deflate, br");

        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 3);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.getContentAsString());
        }
        assertThat(zipped.getHeader("ETag")).isNotEqualTo(plain.getHeader("ETag"));
        assertThat(fetch("/plans/" + planId, "Accept-Encoding", "gzip;q=0").getHeader("Content-Encoding")).isNull();
    }

    @Test
    void aLoggedInUserIsNeverServedOrStoredInTheCache() throws Exception {
        Staff.organization(jdbc, "木更津市", "総務部");
        var user = Staff.account(accounts, "kikaku", Role.ORG_ADMIN, "木更津市");
        MockHttpServletResponse staff = mvc.perform(get("/plans/" + planId).with(Staff.as(user))).andReturn().getResponse();

        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(staff.getHeader("ETag")).isNull();
        assertThat(fetch("/plans/" + planId).getContentAsString()).doesNotContain("kikaku");
    }

    @Test
    void switchingTheLanguageIsNotCachedAndEachLanguageKeepsItsOwnPage() throws Exception {
        MockHttpServletResponse english = fetch("/?lang=en");
        assertThat(english.getCookie("shinchoku-lang")).isNotNull();
        assertThat(english.getHeader("ETag")).isNull();

        String japanese = fetch("/").getContentAsString();
        String englishAgain = mvc.perform(get("/").cookie(english.getCookie("shinchoku-lang"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(japanese).contains("<h1>計画一覧</h1>");
        assertThat(englishAgain).contains("<h1>Plans</h1>");
    }

    @Test
    void aPageAnsweredFromTheCacheCarriesTheSecurityHeadersOfAPageRenderedByTheApplication() throws Exception {
        MockHttpServletResponse rendered = fetch("/plans/" + planId);
        MockHttpServletResponse stored = fetch("/plans/" + planId);

        assertThat(stored.getHeader("ETag")).isEqualTo(rendered.getHeader("ETag"));
        assertThat(rendered.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Referrer-Policy")) {
            assertThat(stored.getHeader(header)).as(header).isEqualTo(rendered.getHeader(header)).isNotNull();
        }
    }

    @Test
    void aReaderWithASessionGoesThroughTheApplicationEvenWhenThePageIsStored() throws Exception {
        Staff.organization(jdbc, "木更津市", "総務部");
        Staff.account(accounts, "kikaku", Role.ORG_ADMIN, "木更津市");
        fetch("/plans/" + planId);
        assertThat(fetch("/plans/" + planId).getHeader("ETag")).isNotNull();

        var session = Staff.session(mvc, "kikaku", Staff.PASSWORD);
        MockHttpServletResponse staff = mvc.perform(get("/plans/" + planId).cookie(session)).andReturn().getResponse();

        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(staff.getHeader("ETag")).as("not answered from the cache").isNull();
    }

    @Test
    void staffPagesAndErrorsAreNotCached() throws Exception {
        assertThat(fetch("/staff").getHeader("ETag")).isNull();
        MockHttpServletResponse missing = fetch("/plans/999999");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getHeader("ETag")).isNull();
    }

    @Test
    void acceptEncodingIsReadAsHttpSaysIt() {
        assertThat(PublicPageCache.acceptsGzip("gzip")).isTrue();
        assertThat(PublicPageCache.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(PublicPageCache.acceptsGzip("*")).isTrue();
        assertThat(PublicPageCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PublicPageCache.acceptsGzip("identity")).isFalse();
        assertThat(PublicPageCache.acceptsGzip(null)).isFalse();
    }
}
