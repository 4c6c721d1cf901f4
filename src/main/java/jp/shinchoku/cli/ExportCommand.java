package jp.shinchoku.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a stored plan as a plan document (JSON) that 'shinchoku import' reads back.")
class ExportCommand implements Callable<Integer> {

    enum Format { json }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "the plan's id (see 'shinchoku plans')")
    long planId;

    @Option(names = "--format", defaultValue = "json", description = "output format: ${COMPLETION-CANDIDATES} (default: json)")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path output;

    @Override
    public Integer call() throws IOException {
        PlanDocument document;
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            document = context.getBean(EvaluationService.class).evaluatedPlan(planId).orElse(null);
        }
        if (document == null) {
            spec.commandLine().getErr().println("shinchoku: there is no plan " + planId + " (see 'shinchoku plans')");
            return 1;
        }
        String json = PlanDocumentJson.write(document);
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, json, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("Wrote plan " + planId + " to " + output);
        }
        return 0;
    }
}
