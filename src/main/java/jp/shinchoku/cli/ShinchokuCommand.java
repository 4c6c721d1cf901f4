package jp.shinchoku.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import jp.shinchoku.database.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shinchoku}: with no command it serves the web application, like {@code shinchoku serve}. */
@Command(name = "shinchoku", mixinStandardHelpOptions = true, version = "Shinchoku 0.1.0",
        description = "進捗 Shinchoku: policy plans and their progress for Japanese local governments.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, TemplateCommand.class,
                PlansCommand.class, EvaluateCommand.class, DirectionCommand.class, JudgeCommand.class, GradingCommand.class,
                UserCommand.class, TokenCommand.class, ReportCommand.class, OpenDataCommand.class, DemoCommand.class,
                SiteCommand.class, RoundCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (see the message)", "2:bad input: nothing was stored"})
public class ShinchokuCommand implements Runnable {

    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        new ServeCommand().run();
    }

    public static int execute(String... args) {
        return commandLine().execute(withDefaultCommand(args));
    }

    /** The message of the deepest cause a user can act on, not Spring's chain of bean names. */
    static String userMessage(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** "shinchoku --port 9090" means "shinchoku serve --port 9090": options before any command are serve's. */
    static String[] withDefaultCommand(String... args) {
        if (args.length == 0 || !args[0].startsWith("-") || java.util.Set.of("-h", "--help", "-V", "--version").contains(args[0])) {
            return args;
        }
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return serve;
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ShinchokuCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("shinchoku: " + userMessage(e));
            return 1;
        });
        return cli;
    }
}
