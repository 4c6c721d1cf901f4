package jp.shinchoku.table;

import java.util.List;
import jp.shinchoku.importer.ImportProblem;
import jp.shinchoku.plan.document.PlanDocument;
import org.springframework.context.MessageSourceResolvable;

/**
 * A table as a person checks it before importing: its header lines, what each column was read as
 * and why, the problems that keep it from being imported (FILE:ROW:COLUMN), and the plan it would
 * become when there are none. The template has no columns to map: {@code template} is set and only
 * the plan is given.
 */
public record TableReview(String fileName, boolean template, String layout, int firstHeaderLine, int lastHeaderLine,
        Integer periodEnd, List<ReviewedColumn> columns, List<ImportProblem> problems, PlanDocument plan) {

    public TableReview {
        columns = List.copyOf(columns);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && plan != null;
    }

    /**
     * One column: {@code name} as messages and mappings name it (A, B … or 1, 2 …), the header,
     * what it is read as ({@code role} null where it could not be placed), why, a few of its cells,
     * the problem with it if any (both as message codes, for the reader's language), and whether the
     * mapping set it rather than the inference.
     */
    public record ReviewedColumn(int index, String name, String header, Role role, Integer fiscalYear, Kind kind,
            Reason reason, List<String> samples, MessageSourceResolvable problem, boolean given) {

        public ReviewedColumn {
            samples = List.copyOf(samples);
        }
    }
}
