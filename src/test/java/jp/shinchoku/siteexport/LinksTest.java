package jp.shinchoku.siteexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static final URI SERVER = URI.create("http://127.0.0.1:8123");

    private final Links links = new Links(SERVER, Scope.everything()::exported);

    private String page(String body, String url) {
        Address address = Address.of(url);
        String html = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/css/shinchoku.css\"></head><body>"
                + body + "</body></html>";
        String rewritten = links.page(html, address, address.file());
        return rewritten.substring(rewritten.indexOf("<body>") + 6, rewritten.indexOf("</body>"));
    }

    @Test
    void linksBetweenPagesBecomeRelativeWithTheirIndexFileAndKeepTheirAnchor() {
        assertThat(page("<a href=\"/plans/4#i-01-01\">x</a>", "/plans/4/initiatives/01-16"))
                .isEqualTo("<a href=\"../../index.html#i-01-01\">x</a>");
        assertThat(page("<a href=\"/\">top</a>", "/plans/4")).isEqualTo("<a href=\"../../index.html\">top</a>");
        assertThat(page("<a href=\"initiatives/01-02\">next</a>", "/plans/4/")).isEqualTo("<a href=\"initiatives/01-02/index.html\">next</a>");
    }

    @Test
    void anAddressOfTheSameServerWrittenInFullIsRewrittenToo() {
        assertThat(page("<a href=\"http://127.0.0.1:8123/opendata\">o</a>", "/"))
                .isEqualTo("<a href=\"opendata/index.html\">o</a>");
    }

    @Test
    void assetsAndScriptsAreRelative() {
        Address address = Address.of("/plans/4");
        String html = links.page("<html><head><link rel=\"stylesheet\" href=\"/css/shinchoku.css\">"
                + "<script src=\"/webjars/echarts/5.5.0/dist/echarts.min.js\"></script></head><body>"
                + "<img src=\"/images/logo.png\" srcset=\"/images/logo.png 1x, /images/logo@2x.png 2x\"></body></html>",
                address, address.file());
        assertThat(html).contains("href=\"../../css/shinchoku.css\"")
                .contains("src=\"../../webjars/echarts/5.5.0/dist/echarts.min.js\"")
                .contains("srcset=\"../../images/logo.png 1x, ../../images/logo@2x.png 2x\"");
        assertThat(links.drain()).extracting(Address::url).containsExactly("/css/shinchoku.css",
                "/webjars/echarts/5.5.0/dist/echarts.min.js", "/images/logo.png", "/images/logo@2x.png");
    }

    @Test
    void theLanguageSwitchKeepsJapaneseAsThePageItselfAndDropsTheLinkToEnglish() {
        assertThat(page("<nav><a href=\"?lang=ja\">日本語</a> | <a href=\"?lang=en\">English</a></nav>", "/plans/4"))
                .isEqualTo("<nav><a href=\"index.html\">日本語</a> | English</nav>");
    }

    @Test
    void linksToStaffPagesAndTheApiReadAsPlainText() {
        assertThat(page("<p><a href=\"/staff/plans/4\">編集</a> <a href=\"/api/v1/plans/4\">JSON</a></p>", "/plans/4"))
                .isEqualTo("<p>編集 JSON</p>");
    }

    @Test
    void theSearchFormAndSearchLinksLeadToTheStaticSearchPageWithTheirQuery() {
        assertThat(page("<form action=\"/search\" method=\"get\"></form>", "/plans/4"))
                .isEqualTo("<form action=\"../../search/index.html\" method=\"get\"></form>");
        assertThat(page("<a href=\"/search?q=%E3%83%86&amp;organization=x\">t</a>", "/"))
                .isEqualTo("<a href=\"search/index.html?q=%E3%83%86&amp;organization=x\">t</a>");
    }

    @Test
    void otherSitesAnchorsAndMailAreLeftAlone() {
        String body = "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY</a><a href=\"#i-01\">a</a>"
                + "<a href=\"mailto:a@example.jp\">m</a>";
        assertThat(page(body, "/opendata")).isEqualTo(body);
    }

    @Test
    void aPagedListLinksToTheFileOfEachPage() {
        assertThat(page("<a href=\"/?page=2\">2</a>", "/")).isEqualTo("<a href=\"index.page-2.html\">2</a>");
        assertThat(page("<a href=\"?page=1\">1</a>", "/?page=2")).isEqualTo("<a href=\"index.page-1.html\">1</a>");
    }

    @Test
    void aStylesheetsAddressesAreRelativeToItsOwnFile() {
        Address css = Address.of("/css/shinchoku.css");
        assertThat(links.stylesheet("@import \"/css/print.css\"; a { background: url(/images/arrow.svg) } "
                + "b { background: url('data:image/png;base64,AA') } i { src: url(\"../fonts/a.woff2\") }", css, css.file()))
                .isEqualTo("@import \"print.css\"; a { background: url(../images/arrow.svg) } "
                        + "b { background: url('data:image/png;base64,AA') } i { src: url(\"../fonts/a.woff2\") }");
    }

    @Test
    void anOrganizationsExportMakesItsPageTheFrontPageAndLeavesOtherOrganizationsOut() {
        Scope kisarazu = Scope.organization(java.util.Set.of(4L, 5L), java.util.Set.of("3", "木更津市"), "/organizations/3");
        Links own = new Links(SERVER, kisarazu::exported);
        Address plan = Address.of("/plans/4");
        String html = own.page("<html><body><a href=\"/organizations/3\">木更津市</a> <a href=\"/\">トップ</a> "
                + "<a href=\"/plans/1\">千葉市</a> <a href=\"/opendata/5/initiatives.csv\">CSV</a> "
                + "<a href=\"/overview\">全体</a></body></html>", plan, plan.file());
        assertThat(html).contains("<a href=\"../../index.html\">木更津市</a> <a href=\"../../index.html\">トップ</a> 千葉市 "
                + "<a href=\"../../opendata/5/initiatives.csv\">CSV</a> 全体");
    }
}
