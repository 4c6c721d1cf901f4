package jp.shinchoku.cli;

import java.util.concurrent.Callable;
import jp.shinchoku.opendata.Licence;
import jp.shinchoku.opendata.LicenceStore;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "opendata", mixinStandardHelpOptions = true, subcommands = OpenDataCommand.LicenceCommand.class,
        description = "Open data settings; the datasets themselves are served at /opendata.")
class OpenDataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "licence", mixinStandardHelpOptions = true,
            description = {"Shows, or with --licence sets, the licence an organisation publishes its open data under.",
                    "Default: クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)."})
    static class LicenceCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--org", required = true, paramLabel = "NAME", description = "the organisation")
        String organization;

        @Option(names = "--licence", paramLabel = "NAME", description = "the licence's name, e.g. \"CC0 1.0\"")
        String name;

        @Option(names = "--url", paramLabel = "URL", description = "the address of the licence's text")
        String url;

        @Option(names = "--by", paramLabel = "NAME", description = "who sets it (default: the login name)")
        String by;

        @Override
        public Integer call() {
            if (name == null && url != null) {
                spec.commandLine().getErr().println("shinchoku: --url needs --licence NAME");
                return ShinchokuCommand.BAD_INPUT;
            }
            try (ConfigurableApplicationContext context = Application.batch(database)) {
                LicenceStore store = context.getBean(LicenceStore.class);
                Licence current;
                if (name != null) {
                    try {
                        current = new Licence(name, url);
                    } catch (IllegalArgumentException e) {
                        spec.commandLine().getErr().println("shinchoku: " + e.getMessage());
                        return ShinchokuCommand.BAD_INPUT;
                    }
                    if (!store.set(organization, current, by != null ? by : System.getProperty("user.name", "unknown"))) {
                        spec.commandLine().getErr().println("shinchoku: there is no organisation " + organization);
                        return 1;
                    }
                } else {
                    current = store.licence(organization);
                }
                spec.commandLine().getOut().println(organization + ": " + current.name()
                        + (current.url() == null ? "" : " <" + current.url() + ">"));
            }
            return 0;
        }
    }
}
