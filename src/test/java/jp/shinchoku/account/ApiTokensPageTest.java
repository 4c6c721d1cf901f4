package jp.shinchoku.account;

import static jp.shinchoku.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.support.DatabaseTest;
import jp.shinchoku.support.Staff;
import jp.shinchoku.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API tokens page ({@code /staff/tokens}): everyone's own tokens, and an administrator's view
 * of the accounts it manages. 木更津市 has an org admin and a reviewer, 千葉市 a viewer; root is the
 * system administrator. Each has one token, made at the console as {@code shinchoku token create}
 * would.
 */
@DatabaseTest
class ApiTokensPageTest {

    /** A whole token: the scheme and 43 characters of URL-safe Base64 (256 bits). */
    private static final Pattern SECRET = Pattern.compile("shk_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MessageSource messages;

    private StaffUser system;
    private StaffUser kisarazuAdmin;
    private StaffUser reviewer;
    private IssuedApiToken rootToken;
    private IssuedApiToken adminToken;
    private IssuedApiToken reviewerToken;
    private IssuedApiToken chibaToken;

    @BeforeEach
    void twoOrganizationsWithATokenPerAccount() {
        TestDatabase.empty(jdbc);
        Staff.organization(jdbc, "木更津市", "情報政策課");
        Staff.organization(jdbc, "千葉市", "総務課");
        system = Staff.account(accounts, "root", Role.SYSTEM_ADMIN, null);
        kisarazuAdmin = Staff.account(accounts, "kisarazu-admin", Role.ORG_ADMIN, "木更津市");
        reviewer = Staff.account(accounts, "kisarazu-reviewer", Role.REVIEWER, "木更津市");
        Staff.account(accounts, "chiba-viewer", Role.VIEWER, "千葉市");
        rootToken = tokens.create("root", "全体監視", 30, Actor.console());
        adminToken = tokens.create("kisarazu-admin", "計画担当の集計", 30, Actor.console());
        reviewerToken = tokens.create("kisarazu-reviewer", "審査の取込", 30, Actor.console());
        chibaToken = tokens.create("chiba-viewer", "千葉の閲覧", 30, Actor.console());
    }

    @Test
    void aNewTokenIsShownOnceWithAWarningOnAPageNoCacheKeeps() throws Exception {
        var response = mvc.perform(post("/staff/tokens").with(as(reviewer)).with(csrf())
                        .param("name", "庁内集計システム").param("days", "180"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse();
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("トークン「庁内集計システム」を作成しました")
                .contains("このトークンが表示されるのは今回だけです。この画面を離れると二度と表示できません。");
        Matcher shown = SECRET.matcher(page);
        assertThat(shown.find()).as("the page shows the whole token").isTrue();
        String secret = shown.group();
        assertThat(shown.find()).as("exactly once").isFalse();

        // it is a working token of the reviewer's, valid for 180 days
        assertThat(tokens.authenticate(secret)).map(StaffUser::username).contains("kisarazu-reviewer");
        ApiToken made = tokens.list("kisarazu-reviewer", Actor.console()).get(0);
        assertThat(made.name()).isEqualTo("庁内集計システム");
        assertThat(made.createdBy()).isEqualTo("kisarazu-reviewer");
        assertThat(validity(made)).isEqualTo(Duration.ofDays(180));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'kisarazu-reviewer' "
                + "AND action = 'api-token-created'").query(Long.class).single()).isEqualTo(1);

        // shown once: the page read again lists the token by its name and first characters only
        String again = page(reviewer);
        assertThat(again).contains("庁内集計システム").contains(made.prefix() + "…").doesNotContain(secret);
    }

    @Test
    void theListShowsNamesAndStatesButNeverAToken() throws Exception {
        tokens.revoke(reviewerToken.token().id(), Actor.console());
        tokens.create("kisarazu-reviewer", "<b>太字</b>", 1, Actor.console());
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 day' WHERE name = '<b>太字</b>'").update();
        tokens.create("kisarazu-reviewer", "現役", null, Actor.console());

        String page = page(reviewer);
        assertThat(page).contains("審査の取込").contains("無効化済み")
                .contains("&lt;b&gt;太字&lt;/b&gt;").doesNotContain("<b>太字</b>").contains("期限切れ")
                .contains("現役").contains("未使用").contains("console:");
        assertThat(SECRET.matcher(page).find()).isFalse();
        for (IssuedApiToken issued : List.of(rootToken, adminToken, reviewerToken, chibaToken)) {
            assertThat(page(system)).doesNotContain(issued.secret());
        }
        // only the one still active offers to be revoked
        assertThat(page.split("/revoke\"", -1)).hasSize(2);
    }

    @Test
    void aStaffMemberSeesOnlyTheirOwnTokens() throws Exception {
        assertThat(page(reviewer)).contains("審査の取込").doesNotContain("計画担当の集計").doesNotContain("千葉の閲覧")
                .doesNotContain("管理するアカウントのトークン");
    }

    @Test
    void aStaffMemberRevokesTheirOwnTokenWhichStopsWorking() throws Exception {
        mvc.perform(post("/staff/tokens/{id}/revoke", reviewerToken.token().id()).with(as(reviewer)).with(csrf()))
                .andExpect(redirectedUrl("/staff/tokens"));
        assertThat(tokens.authenticate(reviewerToken.secret())).isEmpty();
        assertThat(token(reviewerToken).revokedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE actor = 'kisarazu-reviewer' "
                + "AND action = 'api-token-revoked'").query(String.class).list())
                .containsExactly("kisarazu-reviewer: 審査の取込");
    }

    @Test
    void nobodyRevokesAnotherAccountsTokenByGuessingItsId() throws Exception {
        mvc.perform(post("/staff/tokens/{id}/revoke", adminToken.token().id()).with(as(reviewer)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(token(adminToken).revokedAt()).isNull();
        assertThat(tokens.authenticate(adminToken.secret())).isPresent();

        mvc.perform(post("/staff/tokens/{id}/revoke", 999_999).with(as(reviewer)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrganizationAdministratorSeesAndRevokesOnlyItsOrganizationsTokens() throws Exception {
        assertThat(page(kisarazuAdmin)).contains("管理するアカウントのトークン").contains("計画担当の集計")
                .contains("kisarazu-reviewer").contains("審査の取込")
                .doesNotContain("千葉の閲覧").doesNotContain("全体監視");

        mvc.perform(post("/staff/tokens/{id}/revoke", chibaToken.token().id()).with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/tokens/{id}/revoke", rootToken.token().id()).with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(token(chibaToken).revokedAt()).isNull();
        assertThat(token(rootToken).revokedAt()).isNull();

        mvc.perform(post("/staff/tokens/{id}/revoke", reviewerToken.token().id()).with(as(kisarazuAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/staff/tokens"));
        assertThat(tokens.authenticate(reviewerToken.secret())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'kisarazu-admin' "
                + "AND action = 'api-token-revoked'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSystemAdministratorSeesEveryAccountsTokens() throws Exception {
        assertThat(page(system)).contains("全体監視").contains("計画担当の集計").contains("審査の取込").contains("千葉の閲覧");
        mvc.perform(post("/staff/tokens/{id}/revoke", chibaToken.token().id()).with(as(system)).with(csrf()))
                .andExpect(redirectedUrl("/staff/tokens"));
        assertThat(token(chibaToken).revokedAt()).isNotNull();
    }

    @Test
    void anAdministratorMakesTokensForItselfOnlyAsAtTheCommandLine() throws Exception {
        assertThatThrownBy(() -> tokens.create("kisarazu-reviewer", "代理", 30, kisarazuAdmin))
                .isInstanceOf(AccessDeniedException.class);
        // the form has no account to choose, and an account posted anyway is not read
        mvc.perform(post("/staff/tokens").with(as(kisarazuAdmin)).with(csrf()).param("name", "代理")
                        .param("username", "kisarazu-reviewer"))
                .andExpect(status().isOk());
        assertThat(tokens.list("kisarazu-reviewer", Actor.console())).extracting(ApiToken::name).doesNotContain("代理");
        assertThat(tokens.list("kisarazu-admin", Actor.console())).extracting(ApiToken::name).contains("代理");
    }

    @Test
    void aTokenLastsNinetyDaysUnlessToldAndAtMostThreeThousandSixHundredFifty() throws Exception {
        assertThat(page(reviewer)).contains("value=\"90\"").contains("max=\"3650\"");
        mvc.perform(post("/staff/tokens").with(as(reviewer)).with(csrf()).param("name", "既定").param("days", ""))
                .andExpect(status().isOk());
        ApiToken byDefault = tokens.list("kisarazu-reviewer", Actor.console()).get(0);
        assertThat(validity(byDefault)).isEqualTo(Duration.ofDays(90));

        long before = count();
        for (String days : List.of("3651", "0", "十日")) {
            String page = mvc.perform(post("/staff/tokens").with(as(reviewer)).with(csrf()).param("name", "長すぎ")
                            .param("days", days))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(days).contains("有効期間は 1 日以上 3650 日以下にしてください。")
                    .contains("value=\"長すぎ\"");
            assertThat(SECRET.matcher(page).find()).isFalse();
        }
        mvc.perform(post("/staff/tokens").with(as(reviewer)).with(csrf()).param("name", "名".repeat(101)))
                .andExpect(status().isOk());
        assertThat(count()).isEqualTo(before);
        assertThat(messages.getMessage("token.error.nameTooLong", new Object[] {100}, Locale.ENGLISH))
                .isEqualTo("A token's name may be at most 100 characters long.");
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        long before = count();
        mvc.perform(post("/staff/tokens").with(as(reviewer)).param("name", "偽造"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
        mvc.perform(post("/staff/tokens/{id}/revoke", reviewerToken.token().id()).with(as(reviewer)))
                .andExpect(status().isForbidden());
        assertThat(token(reviewerToken).revokedAt()).isNull();
    }

    @Test
    void theStaffHeaderLinksToThePageForEveryoneAndAnonymousVisitorsAreSentToLogIn() throws Exception {
        String home = mvc.perform(get("/staff").with(as(reviewer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("href=\"/staff/tokens\"").contains("APIトークン");
        mvc.perform(get("/staff/tokens")).andExpect(redirectedUrl("/login"));
        String english = mvc.perform(get("/staff/tokens").param("lang", "en").with(as(reviewer))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Your tokens").contains("Make a token");
    }

    private String page(StaffUser user) throws Exception {
        MockHttpServletRequestBuilder request = get("/staff/tokens").with(as(user));
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private ApiToken token(IssuedApiToken issued) {
        return tokens.list(issued.token().username(), Actor.console()).stream()
                .filter(t -> t.id() == issued.token().id()).findFirst().orElseThrow();
    }

    /** How long the token is valid, to the minute: its start is the database's clock, its end the application's. */
    private static Duration validity(ApiToken token) {
        return Duration.between(token.createdAt(), token.expiresAt()).plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM api_token").query(Long.class).single();
    }
}
