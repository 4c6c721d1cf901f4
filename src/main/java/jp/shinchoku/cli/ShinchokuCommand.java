package jp.shinchoku.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shinchoku}: with no command it serves the web application, like {@code shinchoku serve}. */
@Command(name = "shinchoku", mixinStandardHelpOptions = true, version = "Shinchoku 0.1.0",
        description = "進捗 Shinchoku: policy plans and their progress for Japanese local governments.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, PlansCommand.class,
                EvaluateCommand.class, DirectionCommand.class, JudgeCommand.class, GradingCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (see the message)", "2:bad input: nothing was stored"})
public class ShinchokuCommand implements Runnable {

    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        new ServeCommand().run();
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ShinchokuCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("shinchoku: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli;
    }
}
