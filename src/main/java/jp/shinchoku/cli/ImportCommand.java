package jp.shinchoku.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.ImportProblem;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.PlanReader;
import jp.shinchoku.importer.SourceText;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.Evaluator;
import jp.shinchoku.plan.EnteredValuesWouldChange;
import jp.shinchoku.plan.SavedPlan;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.table.KpiTables;
import jp.shinchoku.table.MappingJson;
import jp.shinchoku.table.MappingOverride;
import jp.shinchoku.table.TableMappings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports plan documents: the text of a published plan in any layout Shinchoku knows",
                "(the layout is detected), a plan document written by 'shinchoku export', or a KPI table",
                "(CSV, TSV, XLSX or text aligned with spaces) whose columns are recognised by their headers.",
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

    @Option(names = "--explain", description = "print how each KPI table's columns are read, and why; store nothing")
    boolean explain;

    @Option(names = "--mapping", paramLabel = "FILE|NAME",
            description = "a JSON mapping file (docs/import-template.md) or the name of a mapping saved for --org")
    String mapping;

    @Option(names = "--save-mapping", paramLabel = "NAME",
            description = "after a successful import, save the --mapping file under NAME for --org")
    String saveMapping;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "documents to import")
    List<Path> files;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        PlanReader reader = PlanReader.withAllLayouts();
        ImportOptions options = new ImportOptions(organization, title);
        MappingOverride override;
        try {
            override = mappingOverride();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Nothing was imported.");
            return ShinchokuCommand.BAD_INPUT;
        }
        if (explain) {
            return explain(reader, override);
        }
        List<PlanDocument> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : files) {
            long start = System.nanoTime();
            try {
                PlanDocument document = KpiTables.handles(file)
                        ? (dryRun ? KpiTables.preview(file, options, override) : KpiTables.read(file, options, override))
                        : (dryRun ? reader.preview(file, options) : reader.read(file, options));
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
                saved = context.getBean(ImportService.class).importDocuments(jp.shinchoku.editing.Actor.system("cli"),
                        documents, replace);
            } catch (EnteredValuesWouldChange e) {
                err.println(e.getMessage());
                err.println("Nothing was imported. Run again with --replace to overwrite these values.");
                return ShinchokuCommand.BAD_INPUT;
            }
            if (saveMapping != null) {
                context.getBean(TableMappings.class).save(jp.shinchoku.editing.Actor.system("cli"), organization, saveMapping,
                        override);
                out.printf("Saved the mapping as \"%s\" for %s%n", saveMapping, organization.strip());
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

    /**
     * The --mapping: a JSON file, or else the name of a mapping the organisation saved.
     *
     * @throws IllegalArgumentException saying what is wrong with it, in a line for the user
     */
    private MappingOverride mappingOverride() {
        if (saveMapping != null && (organization == null || organization.isBlank() || mapping == null
                || !Files.isRegularFile(Path.of(mapping)))) {
            throw new IllegalArgumentException("--save-mapping NAME needs --org and a --mapping FILE to save");
        }
        if (mapping == null) {
            return MappingOverride.NONE;
        }
        Path file = Path.of(mapping);
        if (Files.isRegularFile(file)) {
            try {
                return MappingJson.read(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException(mapping + ": cannot read the mapping: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(mapping + ": " + e.getMessage());
            }
        }
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("--mapping " + mapping + ": there is no such file; a saved mapping's name "
                    + "needs --org to say whose it is");
        }
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            TableMappings mappings = context.getBean(TableMappings.class);
            return mappings.find(organization, mapping).orElseThrow(() -> new IllegalArgumentException("--mapping "
                    + mapping + ": there is no such file, nor a mapping of that name saved for " + organization.strip()
                    + " (saved: " + String.join(", ", mappings.names(organization)) + ")"));
        }
    }

    /** Prints how each table is read; a seed layout or plan document has nothing to explain. */
    private int explain(PlanReader reader, MappingOverride override) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                if (KpiTables.handles(file)) {
                    out.print(KpiTables.explain(file, override));
                } else {
                    out.println(file + ": layout " + reader.detect(SourceText.read(file)).layout()
                            + ", read by its own importer: no column mapping");
                }
            } catch (ImportException e) {
                problems.addAll(e.problems());
            }
        }
        out.flush();
        problems.forEach(err::println);
        return problems.isEmpty() ? 0 : ShinchokuCommand.BAD_INPUT;
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
