package jp.shinchoku.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.shinchoku.report.PdfReport;
import jp.shinchoku.report.PlanWorkbook;
import jp.shinchoku.report.ReportInput;
import jp.shinchoku.report.ReportSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a plan's report: pdf, printed in the layout of its source document with contents,",
                "page numbers and the as-of date; or xlsx, one workbook of its initiatives, indicators and departments."})
class ReportCommand implements Callable<Integer> {

    enum Format { pdf, xlsx }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "the plan's id (see 'shinchoku plans')")
    long planId;

    @Option(names = "--format", required = true, description = "pdf or xlsx")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the file to write")
    Path output;

    @Override
    public Integer call() throws IOException {
        byte[] bytes;
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            ReportInput input = context.getBean(ReportSource.class).load(planId).orElse(null);
            if (input == null) {
                spec.commandLine().getErr().println("shinchoku: there is no plan " + planId + " (see 'shinchoku plans')");
                return 1;
            }
            bytes = format == Format.pdf ? context.getBean(PdfReport.class).render(input)
                    : context.getBean(PlanWorkbook.class).write(input);
        }
        Files.write(output, bytes);
        spec.commandLine().getErr().println("Wrote the " + format + " report of plan " + planId + " to " + output);
        return 0;
    }
}
