package jp.shinchoku.importer;

import java.util.List;
import java.util.stream.Collectors;

/** The file cannot be imported; nothing was stored. Carries every problem found, in line order. */
public class ImportException extends Exception {

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
