package jp.shinchoku.siteexport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.PlanSummary;
import jp.shinchoku.search.SearchSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes the public site, as the application serves it at {@code server}, into a directory of
 * static files: every page reachable from the front page, the plans' pages and the initiatives the
 * search finds, with the stylesheets, scripts, charts, open data and reports they link; a search
 * page with its prebuilt index; robots.txt and, given where it will be published, sitemap.xml.
 */
@Service
public class SiteExport {

    /** Pages to start from besides every plan and initiative: those no page might link to. */
    private static final List<String> ENTRY_POINTS = List.of("/", "/overview", "/opendata");

    private final PlanStore plans;
    private final SearchSource published;
    private final MessageSource messages;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public SiteExport(PlanStore plans, SearchSource published, MessageSource messages) {
        this.plans = plans;
        this.published = published;
        this.messages = messages;
    }

    /**
     * @param organization only this organization's pages, or null for every organization
     * @param baseUrl      where the export will be published (for the sitemap), or null
     */
    public record Options(String organization, String baseUrl) {
        public Options {
            if (baseUrl != null && !baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
        }
    }

    /**
     * What an export did: files written, left as they were and removed (relative to its root), and
     * the addresses some page linked to that the application did not serve.
     */
    public record Result(List<String> written, List<String> unchanged, List<String> removed, List<String> broken) {
    }

    /** @throws IllegalArgumentException when the organization holds no plan */
    public Result export(URI server, Path out, Options options) {
        Scope scope = scope(server, options.organization());
        ExportDirectory directory = new ExportDirectory(out);
        Links links = new Links(server, scope::exported);
        Map<Address, String> generated = new LinkedHashMap<>();
        List<SearchData.Doc> docs = new ArrayList<>();
        List<SearchEntry> entries = new ArrayList<>();
        for (Map.Entry<Long, String> plan : published.versions().entrySet()) {
            long planId = plan.getKey();
            if (scope.plans() != null && !scope.plans().contains(planId)) {
                continue;
            }
            published.load(planId, plan.getValue()).ifPresent(p -> SearchEntry.of(p).forEach(e -> {
                URI url = URI.create(e.url());
                Address page = scope.exported(Address.of(url));
                if (page != null) {
                    entries.add(e);
                    docs.add(SearchData.doc(e, page.file() + (url.getRawFragment() == null ? "" : "#" + url.getRawFragment())));
                }
            }));
        }
        generated.put(Address.of("/" + SearchData.FILE), SearchData.script(entries, docs));

        Deque<Address> queue = new ArrayDeque<>();
        Set<Address> seen = new HashSet<>();
        Set<Address> linked = new HashSet<>();
        ENTRY_POINTS.forEach(p -> queue.add(Address.of(p)));
        queue.add(Address.of(Address.SEARCH));
        published.versions().keySet().forEach(id -> queue.add(Address.of("/plans/" + id)));
        entries.forEach(e -> queue.add(Address.of(URI.create(e.url()))));
        List<String> broken = new ArrayList<>();
        TreeSet<String> pages = new TreeSet<>();
        while (!queue.isEmpty()) {
            Address next = scope.exported(queue.poll());
            if (next != null && next.isSearch()) {
                next = Address.of(Address.SEARCH);
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            byte[] content = content(server, next, scope, generated, links);
            if (content == null) {
                if (linked.contains(next)) {
                    broken.add(next.url());
                }
                continue;
            }
            directory.write(next.file(), content);
            if (next.isPage() && !next.isSearch()) {
                pages.add(next.file());
            }
            for (Address found : links.drain()) {
                linked.add(found);
                queue.add(found);
            }
        }
        directory.write("robots.txt", Sitemap.robots(options.baseUrl()).getBytes(StandardCharsets.UTF_8));
        if (options.baseUrl() != null) {
            directory.write("sitemap.xml", Sitemap.xml(options.baseUrl(), pages).getBytes(StandardCharsets.UTF_8));
        }
        ExportDirectory.Result files = directory.finish();
        return new Result(files.written(), files.unchanged(), files.removed(), List.copyOf(broken));
    }

    /** The bytes of the file for {@code address}, its links rewritten; null when the application does not serve it publicly. */
    private byte[] content(URI server, Address address, Scope scope, Map<Address, String> generated, Links links) {
        String made = generated.get(address);
        if (made != null) {
            return made.getBytes(StandardCharsets.UTF_8);
        }
        HttpResponse<byte[]> response = get(server, source(address, scope));
        if (response.statusCode() != 200) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
        String file = address.file();
        if (type.startsWith("text/html")) {
            if (!address.isPage()) {
                return null;
            }
            String html = new String(response.body(), StandardCharsets.UTF_8);
            if (address.isSearch()) {
                html = SearchPage.of(html, messages);
            }
            return links.page(html, address, file).getBytes(StandardCharsets.UTF_8);
        }
        if (address.isPage()) {
            // not a page after all (a file without an extension): a web server could not tell what it is
            return null;
        }
        if (type.startsWith("text/css")) {
            return links.stylesheet(new String(response.body(), StandardCharsets.UTF_8), address, file)
                    .getBytes(StandardCharsets.UTF_8);
        }
        return response.body();
    }

    /** Where the application serves what the export holds at {@code address}. */
    private static Address source(Address address, Scope scope) {
        if (address.path().equals("/") && scope.organizationPage() != null) {
            // the organization's page is the front page of an export limited to it
            return new Address(scope.organizationPage(), address.query());
        }
        // the search page is made from the application's, without a query: the script reads the query
        return address.isSearch() ? new Address(Address.SEARCH, null) : address;
    }

    private HttpResponse<byte[]> get(URI server, Address address) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(address.url())).timeout(Duration.ofMinutes(2))
                .header("Accept-Language", "ja").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot fetch " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + request.uri(), e);
        }
    }

    private Scope scope(URI server, String organization) {
        if (organization == null) {
            return Scope.everything();
        }
        Set<Long> ids = new HashSet<>();
        for (PlanSummary p : plans.list()) {
            if (p.organization().equals(organization)) {
                ids.add(p.id());
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no plan of an organization named " + organization);
        }
        long organizationId = plans.organizationOf(ids.iterator().next()).orElseThrow();
        String page = "/organizations/" + organizationId;
        boolean hasPage = get(server, Address.of(page)).statusCode() == 200;
        return Scope.organization(ids, Set.of(Long.toString(organizationId), organization), hasPage ? page : null);
    }
}
