package jp.shinchoku.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.shinchoku.siteexport.SiteExport;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "site", mixinStandardHelpOptions = true, subcommands = SiteCommand.ExportCommand.class,
        description = "The public site as static files, for a web server the application cannot be (docs/static-export.md).")
class SiteCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes the published public site into DIR as static files: every page, its charts and assets,",
                    "the open data and reports, a search that works without a server, robots.txt and sitemap.xml.",
                    "Run again after a publication, it rewrites only the files that changed and removes pages that went.",
                    "It starts the application on a loopback port of its own for the time of the export;",
                    "with the embedded database, stop the server first (or use --db-url)."})
    static class ExportCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write (created if missing)")
        Path out;

        @Option(names = "--org", paramLabel = "NAME", description = "only this organisation's pages, e.g. 木更津市")
        String organization;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "where DIR will be published, e.g. https://www.city.example.lg.jp/shinchoku/ (for sitemap.xml)")
        String baseUrl;

        @Option(names = "--verbose", description = "list every file written and removed")
        boolean verbose;

        @Override
        public Integer call() throws Exception {
            if (baseUrl != null && !baseUrl.matches("https?://.+")) {
                spec.commandLine().getErr().println("shinchoku: --base-url must be an http or https address: " + baseUrl);
                return ShinchokuCommand.BAD_INPUT;
            }
            Path index = Files.createTempDirectory("shinchoku-export-index");
            SiteExport.Result result;
            try (ConfigurableApplicationContext context = Application.web(database, properties(index))) {
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                result = context.getBean(SiteExport.class).export(URI.create("http://127.0.0.1:" + port), out,
                        new SiteExport.Options(organization, baseUrl));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("shinchoku: " + e.getMessage());
                return ShinchokuCommand.BAD_INPUT;
            } finally {
                org.springframework.util.FileSystemUtils.deleteRecursively(index);
            }
            report(result);
            return 0;
        }

        /**
         * The application as the export needs it: on a free loopback port, quiet, with a search
         * index of its own (so that a server running on the same data keeps its own), and nothing
         * done on start but serving: no demo data, no first administrator, no reminders.
         */
        private static Map<String, Object> properties(Path index) {
            Map<String, Object> p = new HashMap<>();
            p.put("server.port", 0);
            p.put("server.address", "127.0.0.1");
            p.put("shinchoku.demo.load-on-start", false);
            p.put("shinchoku.accounts.first-admin-on-start", false);
            p.put("shinchoku.round.remind-cron", "-");
            p.put("shinchoku.search.index-dir", index.toString());
            p.put("shinchoku.search.check-interval", "0s");
            p.put("logging.level.root", "ERROR");
            p.put("logging.level.jp.shinchoku", "WARN");
            p.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
            p.put("spring.main.banner-mode", "off");
            return p;
        }

        private void report(SiteExport.Result result) {
            var printer = spec.commandLine().getOut();
            if (verbose) {
                result.written().forEach(f -> printer.println("written   " + f));
                result.removed().forEach(f -> printer.println("removed   " + f));
            }
            List<String> broken = result.broken();
            broken.stream().limit(20).forEach(b -> spec.commandLine().getErr().println("warning: a page links to " + b
                    + ", which the application did not serve"));
            printer.printf("Exported the public site to %s: %d files written, %d unchanged, %d removed%n", out,
                    result.written().size(), result.unchanged().size(), result.removed().size());
        }
    }
}
