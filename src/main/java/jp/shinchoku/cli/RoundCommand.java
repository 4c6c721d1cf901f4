package jp.shinchoku.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.AccountSummary;
import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.round.Task;
import jp.shinchoku.roundbook.RoundWorkbooks;
import jp.shinchoku.roundbook.WorkbookProblem;
import jp.shinchoku.roundbook.WorkbookRefused;
import jp.shinchoku.staff.StaffActors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "round", mixinStandardHelpOptions = true,
        description = "A department's reporting workbook (照会ブック) of a round: written out to fill in, and taken back in.",
        subcommands = {RoundCommand.Export.class, RoundCommand.Import.class})
class RoundCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes the reporting workbook of one department's task in a round: its initiatives'",
                    "indicators, one row per fiscal year, with only the target, actual and note cells open."})
    static class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--round", required = true, paramLabel = "ID", description = "the round's id")
        long roundId;

        @Option(names = "--department", required = true, paramLabel = "NAME_OR_ID",
                description = "the department, by its name (e.g. 総務部職員課) or id")
        String department;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the .xlsx file to write")
        Path output;

        @Option(names = "--by", paramLabel = "NAME", description = "who exports, for the audit log (default: the login name)")
        String by;

        @Override
        public Integer call() throws IOException {
            RoundWorkbooks.Download download;
            try (ConfigurableApplicationContext context = Application.batch(database)) {
                RoundWorkbooks workbooks = context.getBean(RoundWorkbooks.class);
                Task task = workbooks.task(roundId, department).orElse(null);
                if (task == null) {
                    spec.commandLine().getErr().println("shinchoku: round " + roundId + " has no task of department "
                            + department + " (see the round's page)");
                    return 1;
                }
                download = workbooks.export(Actor.system(by != null ? by : System.getProperty("user.name", "unknown")),
                        task.id());
            }
            Files.write(output, download.bytes());
            spec.commandLine().getErr().println("Wrote the reporting workbook of " + download.department() + " in \""
                    + download.round() + "\" to " + output);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Takes a filled reporting workbook in, as the named account would on the round's page:",
                    "the same rules, all or nothing. Every problem is printed with its sheet and cell (exit 2)."})
    static class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--as", required = true, paramLabel = "USERNAME",
                description = "the account that takes it in: its rights apply and the audit log names it")
        String username;

        @Parameters(index = "0", paramLabel = "FILE", description = "the filled .xlsx workbook")
        Path file;

        @Override
        public Integer call() throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            try (ConfigurableApplicationContext context = Application.batch(database)) {
                AccountSummary account = context.getBean(AccountService.class).find(username)
                        .filter(AccountSummary::enabled).orElse(null);
                if (account == null) {
                    spec.commandLine().getErr().println("shinchoku: there is no enabled account " + username);
                    return 1;
                }
                Actor actor = StaffActors.of(new StaffUser(account.id(), account.username(), account.role(),
                        account.organizationId(), account.organizationName(), account.departments(),
                        account.mustChangePassword()));
                try {
                    RoundWorkbooks.Imported imported = context.getBean(RoundWorkbooks.class)
                            .importWorkbook(actor, null, bytes);
                    spec.commandLine().getOut().println("Took in the reporting workbook of " + imported.department()
                            + " in \"" + imported.round() + "\": " + imported.lines() + " rows of "
                            + imported.initiatives() + " initiatives changed");
                } catch (WorkbookRefused e) {
                    spec.commandLine().getErr().println("shinchoku: 照会ブックを取り込めませんでした。何も変更していません。"
                            + " / The workbook was not taken in; nothing changed.");
                    for (WorkbookProblem p : e.problems()) {
                        spec.commandLine().getErr().println(p.describe(context, Locale.JAPANESE) + " / "
                                + p.describe(context, Locale.ENGLISH));
                    }
                    return ShinchokuCommand.BAD_INPUT;
                } catch (Forbidden | Invalid e) {
                    spec.commandLine().getErr().println("shinchoku: " + e.getMessage());
                    return 1;
                }
            }
            return 0;
        }
    }
}
