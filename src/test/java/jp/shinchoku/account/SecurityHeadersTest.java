package jp.shinchoku.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What anybody may read without logging in, and the headers every answer carries. */
@DatabaseTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.empty(jdbc);
    }

    @Test
    void thePublicPagesTheirJsonAndTheirAssetsNeedNoLogin() throws Exception {
        for (String url : List.of("/", "/api/v1/plans", "/css/shinchoku.css", "/login")) {
            mvc.perform(get(url)).andExpect(status().isOk());
        }
        mvc.perform(get("/plans/424242")).andExpect(status().isNotFound());
    }

    @Test
    void staffPagesSendAVisitorToTheLoginPage() throws Exception {
        mvc.perform(get("/staff")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/staff/accounts")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void writesToTheApiNeedALoginAndTheApiSaysSoWith401() throws Exception {
        mvc.perform(post("/api/v1/plans").with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/plans")).andExpect(status().isForbidden());
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/")).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "img-src 'self' data:",
                "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    /** The policy forbids inline script and style, so no template may rely on them. */
    @Test
    void noTemplateHasInlineScriptOrStyle() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            // templates/report/ is the HTML that openhtmltopdf turns into PDF: never sent to a browser
            for (Path file : files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.startsWith(Path.of("src/main/resources/templates/report"))).toList()) {
                String html = Files.readString(file);
                assertThat(html).as(file.toString())
                        .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                        .doesNotContainPattern("<style\\b")
                        .doesNotContainPattern("\\sstyle=")
                        .doesNotContainPattern("\\son[a-z]+=");
            }
        }
    }
}
