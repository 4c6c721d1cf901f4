package jp.shinchoku.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.importer.ImportException;
import jp.shinchoku.importer.ImportOptions;
import jp.shinchoku.importer.ImportProblem;
import jp.shinchoku.importer.PlanReader;
import jp.shinchoku.importer.SourceText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Source;
import org.springframework.context.MessageSourceResolvable;

/**
 * A KPI table in any of the layouts governments publish, read into a plan document: the way in
 * for a plan that is none of the seed layouts. Touches no database.
 */
public final class KpiTables {

    private KpiTables() {
    }

    /**
     * True when {@code file} is to be read as a table (a KPI table or the template): a .csv, .tsv or
     * .xlsx file, or a text file that no seed layout recognises and in which a KPI table header can
     * be found.
     */
    public static boolean handles(Path file) {
        if (TableFiles.hasTableExtension(file)) {
            return true;
        }
        try {
            return handles(file.toString(), TableFiles.bytes(file));
        } catch (ImportException e) {
            return false;
        }
    }

    /** As {@link #handles(Path)}, for a file given by its name and bytes (an upload). */
    public static boolean handles(String fileName, byte[] bytes) {
        if (TableFiles.hasTableExtension(Path.of(fileName)) || TableFiles.isXlsx(bytes)) {
            return true;
        }
        try {
            SourceText source = SourceText.decode(fileName, bytes);
            if (PlanReader.withAllLayouts().importers().stream().anyMatch(i -> i.recognizes(source))) {
                return false;
            }
        } catch (ImportException e) {
            // not UTF-8, so none of the seed layouts: it may still be a Shift_JIS table
        }
        try {
            MappingInference.infer(TableFiles.read(fileName, bytes, null), MappingOverride.NONE);
            return true;
        } catch (ImportException e) {
            return false;
        }
    }

    /** What the import understands the table's columns to hold. */
    public static TableMapping mapping(String fileName, byte[] bytes, MappingOverride override) throws ImportException {
        return MappingInference.infer(TableFiles.read(fileName, bytes, override.sheet()), override);
    }

    /** The mapping in words, column by column and why, for {@code import --explain}. */
    public static String explain(Path file, MappingOverride override) throws ImportException {
        return explain(file.toString(), TableFiles.bytes(file), override);
    }

    /** The mapping in words, column by column and why, for a file given by its name and bytes. */
    public static String explain(String fileName, byte[] bytes, MappingOverride override) throws ImportException {
        Grid grid = TableFiles.read(fileName, bytes, override.sheet());
        if (TemplateReader.isTemplate(grid)) {
            return fileName + ": the Shinchoku template (docs/import-template.md): read row by row, no column mapping\n";
        }
        TableMapping mapping = MappingInference.infer(grid, override);
        StringBuilder out = new StringBuilder();
        out.append(fileName).append(": header on line ").append(mapping.firstHeaderLine() == mapping.lastHeaderLine()
                ? String.valueOf(mapping.firstHeaderLine()) : mapping.firstHeaderLine() + "–" + mapping.lastHeaderLine());
        out.append(", ").append(layoutName(mapping)).append(" table");
        if (mapping.periodEnd() != null) {
            out.append(", plan period ending ").append(FiscalYear.of(mapping.periodEnd()).label());
        }
        out.append('\n');
        for (Column c : mapping.columns()) {
            out.append(String.format("  %-3s %-20s %-18s %s%n", grid.columnName(c.index()),
                    c.header().isEmpty() ? "(no header)" : Headings.compact(c.header()), what(c), c.reason().english()));
        }
        out.append("As a mapping file (edit and pass with --mapping FILE):\n").append(MappingJson.write(mapping, grid));
        return out.toString();
    }

    /** Reads a table to store: it needs its organisation (--org). */
    public static PlanDocument read(Path file, ImportOptions options, MappingOverride override) throws ImportException {
        PlanDocument document = preview(file, options, override);
        if (document.organization() == null) {
            throw new ImportException(new ImportProblem(file.toString(), 1, PlanReader.MISSING_ORGANIZATION));
        }
        return document;
    }

    /** Reads a table to look at; the title is --title, or the file's name. */
    public static PlanDocument preview(Path file, ImportOptions options, MappingOverride override) throws ImportException {
        return preview(file.toString(), TableFiles.bytes(file), options, override);
    }

    /**
     * Reads a table given by its name and bytes (an upload) to look at: the template, or a KPI
     * table read as the mapping says. The title is the options', the template's, or the file's name.
     */
    public static PlanDocument preview(String fileName, byte[] bytes, ImportOptions options, MappingOverride override)
            throws ImportException {
        Grid grid = TableFiles.read(fileName, bytes, override.sheet());
        String name = Path.of(fileName).getFileName().toString();
        String title = options.title() != null && !options.title().isBlank() ? options.title().strip() : null;
        PlanDocument document;
        if (TemplateReader.isTemplate(grid)) {
            document = TemplateReader.read(grid);
            Source source = document.source();
            document = document.withSource(source == null || source.fileName() == null ? new Source(name, Template.LAYOUT)
                    : new Source(Path.of(source.fileName()).getFileName().toString(), source.layout()));
            if (title != null || document.title() == null) {
                document = document.withTitle(title != null ? title : name.replaceFirst("\\.[^.]+$", ""));
            }
        } else {
            document = readTable(grid, MappingInference.infer(grid, override), title != null ? title
                    : name.replaceFirst("\\.[^.]+$", ""));
        }
        if (options.organization() != null && !options.organization().isBlank()) {
            document = document.withOrganization(options.organization().strip());
        }
        return document;
    }

    private static PlanDocument readTable(Grid grid, TableMapping mapping, String title) throws ImportException {
        String name = Path.of(grid.fileName()).getFileName().toString();
        PlanDocument document = TableReading.read(grid, mapping, title).withSource(new Source(name, TableReading.LAYOUT));
        if (document.allInitiatives().stream().allMatch(i -> i.indicators().isEmpty())) {
            throw new ImportException(Reason.of(TableMessage.NO_ROWS).at(grid.fileName(), mapping.lastHeaderLine()));
        }
        return document;
    }

    /** True for a KPI table whose columns are to be mapped: a table that is not the template. */
    public static boolean needsMapping(String fileName, byte[] bytes) {
        if (!handles(fileName, bytes)) {
            return false;
        }
        try {
            return !TemplateReader.isTemplate(TableFiles.read(fileName, bytes, null));
        } catch (ImportException e) {
            return true;
        }
    }

    /**
     * The table as the staff screen shows it before importing: each column, what it is read as and
     * why, the problems, and the plan when there are none. Unlike {@link #preview}, a column it
     * cannot place is a problem listed beside the others, not the end of the reading.
     *
     * @throws ImportException when there is no table to look at: no header found, an unreadable file
     */
    public static TableReview review(String fileName, byte[] bytes, ImportOptions options, MappingOverride override)
            throws ImportException {
        Grid grid = TableFiles.read(fileName, bytes, override.sheet());
        if (TemplateReader.isTemplate(grid)) {
            return new TableReview(fileName, true, Template.LAYOUT, 1, 1, null, List.of(), List.of(),
                    preview(fileName, bytes, options, override));
        }
        MappingInference.Attempt attempt = MappingInference.attempt(grid, override);
        TableMapping mapping = attempt.mapping();
        List<ImportProblem> problems = new java.util.ArrayList<>(attempt.problems());
        List<Grid.Line> data = grid.lines().stream().filter(l -> l.number() > mapping.lastHeaderLine() && !l.isBlank())
                .toList();
        List<TableReview.ReviewedColumn> columns = mapping.columns().stream().map(c -> {
            String name = grid.columnName(c.index());
            MessageSourceResolvable problem = attempt.problems().stream().filter(p -> name.equals(p.column()))
                    .map(ImportProblem::localized).findFirst().orElse(null);
            boolean open = MappingCorrection.notUnderstood(c);
            return new TableReview.ReviewedColumn(c.index(), name, c.header(), open ? null : c.role(),
                    open ? null : c.fiscalYear(), open ? null : c.kind(), c.reason(),
                    data.stream().map(l -> l.cell(c.index())).filter(s -> !s.isEmpty()).limit(3).toList(), problem,
                    c.reason().equals(MappingInference.GIVEN));
        }).toList();
        PlanDocument plan = null;
        if (problems.isEmpty()) {
            try {
                plan = preview(fileName, bytes, options, override);
            } catch (ImportException e) {
                problems.addAll(e.problems());
            }
        }
        return new TableReview(fileName, false, layoutName(mapping), mapping.firstHeaderLine(), mapping.lastHeaderLine(),
                mapping.periodEnd(), columns, problems, plan);
    }

    /**
     * The override after a person's corrections on the staff screen: the header lines, the period
     * end and, by 0-based index, what some columns hold. Only what differs from the inference is
     * kept (see {@link MappingCorrection}).
     */
    public static MappingOverride corrected(String fileName, byte[] bytes, MappingOverride current,
            Integer firstHeaderLine, Integer lastHeaderLine, Integer periodEnd,
            java.util.Map<Integer, MappingOverride.ColumnSpec> columns) throws ImportException {
        return MappingCorrection.of(TableFiles.read(fileName, bytes, current.sheet()), current, firstHeaderLine,
                lastHeaderLine, periodEnd, columns);
    }

    /** The sheets a workbook offers, in order (the first is read unless a mapping names another); none for text. */
    public static List<String> sheets(byte[] bytes) {
        return TableFiles.sheetNames(bytes);
    }

    /** Wide, paired, long or transposed, as docs/import-template.md names them. */
    static String layoutName(TableMapping mapping) {
        if (!mapping.withRole(Role.YEAR).isEmpty()) {
            return "long";
        }
        if (!mapping.withRole(Role.KIND).isEmpty()) {
            return "transposed";
        }
        List<Column> values = mapping.withRole(Role.VALUE);
        long years = values.stream().map(Column::fiscalYear).filter(y -> y != null).distinct().count();
        return years < values.stream().filter(c -> c.fiscalYear() != null).count() ? "paired" : "wide";
    }

    private static String what(Column c) {
        String role = MappingJson.name(c.role());
        if (c.role() != Role.VALUE) {
            return role;
        }
        String kind = c.kind() == null ? "row's kind" : c.kind().name().toLowerCase(Locale.ROOT);
        String year = c.fiscalYear() == null ? (c.kind() == Kind.BASELINE ? "" : " row's year")
                : " " + FiscalYear.of(c.fiscalYear()).japanese();
        return kind + year;
    }
}
