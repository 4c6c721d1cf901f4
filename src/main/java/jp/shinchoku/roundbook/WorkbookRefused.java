package jp.shinchoku.roundbook;

import java.util.List;
import java.util.stream.Collectors;

/** An uploaded workbook that was not taken in: every problem found, and nothing changed. */
public class WorkbookRefused extends RuntimeException {

    private final transient List<WorkbookProblem> problems;

    public WorkbookRefused(List<WorkbookProblem> problems) {
        super(problems.stream().map(p -> (p.sheet() == null ? "" : p.sheet() + " " + p.cell() + ": ") + p.code()
                + (p.arguments().isEmpty() ? "" : " " + p.arguments())).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    WorkbookRefused(WorkbookProblem problem) {
        this(List.of(problem));
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }
}
