package jp.shinchoku.siteexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {

    @Test
    void theSitemapListsEveryPageByItsDirectoryUnderTheBaseUrl() {
        String xml = Sitemap.xml("https://www.city.example.lg.jp/shinchoku/",
                List.of("plans/4/index.html", "index.html", "organizations/木更津市/index.html", "index.page-2.html"));
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://www.city.example.lg.jp/shinchoku/</loc></url>
                  <url><loc>https://www.city.example.lg.jp/shinchoku/index.page-2.html</loc></url>
                  <url><loc>https://www.city.example.lg.jp/shinchoku/organizations/%E6%9C%A8%E6%9B%B4%E6%B4%A5%E5%B8%82/</loc></url>
                  <url><loc>https://www.city.example.lg.jp/shinchoku/plans/4/</loc></url>
                </urlset>
                """);
    }

    @Test
    void robotsNamesTheSitemapOnlyWhenThereIsOne() {
        assertThat(Sitemap.robots(null)).isEqualTo("User-agent: *\nAllow: /\n");
        assertThat(Sitemap.robots("https://example.jp/")).isEqualTo("User-agent: *\nAllow: /\nSitemap: https://example.jp/sitemap.xml\n");
    }
}
