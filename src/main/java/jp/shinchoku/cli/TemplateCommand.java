package jp.shinchoku.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.shinchoku.table.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Writes the blank template for a whole plan (docs/import-template.md): fill it in and",
                "bring it in with 'shinchoku import --org NAME FILE'."})
class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, description = "xlsx or csv")
    TemplateWriter.Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the file to write")
    Path output;

    @Override
    public Integer call() throws IOException {
        Files.write(output, TemplateWriter.blank(format));
        spec.commandLine().getErr().println("Wrote the blank template to " + output);
        return 0;
    }
}
