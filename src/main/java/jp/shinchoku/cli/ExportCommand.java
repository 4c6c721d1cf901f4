package jp.shinchoku.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.table.TemplateWriter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a stored plan as a plan document (JSON, with its evaluation) or as the template",
                "(xlsx or csv, docs/import-template.md); 'shinchoku import' reads either back."})
class ExportCommand implements Callable<Integer> {

    enum Format { json, xlsx, csv }

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
        if (format == Format.xlsx && output == null) {
            spec.commandLine().getErr().println("shinchoku: --format xlsx needs -o FILE: a workbook is not written to the terminal");
            return 1;
        }
        if (format != Format.json) {
            byte[] bytes = TemplateWriter.plan(document, TemplateWriter.Format.valueOf(format.name()));
            if (output == null) {
                spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
                spec.commandLine().getOut().flush();
            } else {
                Files.write(output, bytes);
                spec.commandLine().getErr().println("Wrote plan " + planId + " to " + output);
            }
            return 0;
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
