package jp.shinchoku.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.ImportProblem;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.PlanReader;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.Evaluator;
import jp.shinchoku.plan.EnteredValuesWouldChange;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports plan documents: the text of a published plan in any layout Shinchoku knows",
                "(the layout is detected), or a plan document written by 'shinchoku export'.",
                "All files are read first; if any has a problem nothing is stored (exit 2).",
                "Importing a plan again (same organisation and title) updates it and keeps the old version."})
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--org", paramLabel = "NAME",
            description = "the organisation (e.g. 千葉県); needed when the document does not name itself")
    String organization;

    @Option(names = "--title", paramLabel = "TITLE", description = "the plan's title, instead of the document's")
    String title;

    @Option(names = "--dry-run", description = "read and check only; store nothing and start no database")
    boolean dryRun;

    @Option(names = "--json", description = "with --dry-run: print the plan document(s) as JSON on stdout")
    boolean json;

    @Option(names = "--replace", description = {"let the documents overwrite values that people entered in the",
            "application; without it such an import lists those values and stores nothing"})
    boolean replace;

    @Option(names = {"-v", "--verbose"}, description = "print the layout and the time taken for each file")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "documents to import")
    List<Path> files;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        PlanReader reader = PlanReader.withAllLayouts();
        ImportOptions options = new ImportOptions(organization, title);
        List<PlanDocument> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : files) {
            long start = System.nanoTime();
            try {
                PlanDocument document = dryRun ? reader.preview(file, options) : reader.read(file, options);
                if (document.organization() == null) {
                    err.println(file + ":1: warning: " + PlanReader.MISSING_ORGANIZATION + " before it can be stored");
                }
                documents.add(document);
                if (verbose) {
                    err.printf("%s: %s, %d initiatives, read in %.1f ms%n", file, document.source().layout(),
                            document.allInitiatives().size(), (System.nanoTime() - start) / 1e6);
                }
            } catch (ImportException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("Nothing was imported.");
            return ShinchokuCommand.BAD_INPUT;
        }
        if (dryRun) {
            printDryRun(documents.stream().map(d -> Evaluator.evaluate(d, EvaluationInputs.DEFAULT)).toList(), out);
            return 0;
        }
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            List<SavedPlan> saved;
            try {
                saved = context.getBean(ImportService.class).store(documents, "cli", replace);
            } catch (EnteredValuesWouldChange e) {
                err.println(e.getMessage());
                err.println("Nothing was imported. Run again with --replace to overwrite these values.");
                return ShinchokuCommand.BAD_INPUT;
            }
            for (int i = 0; i < saved.size(); i++) {
                SavedPlan s = saved.get(i);
                PlanDocument d = documents.get(i);
                out.printf("%s plan %d (revision %d): %s / %s, %d initiatives%n", s.created() ? "Imported" : "Updated",
                        s.planId(), s.revision(), d.organization(), d.title(), d.allInitiatives().size());
            }
        }
        return 0;
    }

    private void printDryRun(List<PlanDocument> documents, java.io.PrintWriter out) {
        if (json) {
            if (documents.size() == 1) {
                out.print(PlanDocumentJson.write(documents.get(0)));
            } else {
                out.println("[");
                for (int i = 0; i < documents.size(); i++) {
                    out.print(PlanDocumentJson.write(documents.get(i)).stripTrailing());
                    out.println(i < documents.size() - 1 ? "," : "");
                }
                out.println("]");
            }
        } else {
            for (PlanDocument d : documents) {
                out.printf("%s: %s / %s, %d sections, %d initiatives (dry run: nothing stored)%n",
                        d.source().fileName(), d.organization(), d.title(), d.allSections().size(),
                        d.allInitiatives().size());
            }
        }
        out.flush();
    }
}
