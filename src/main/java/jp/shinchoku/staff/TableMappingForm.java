package jp.shinchoku.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shinchoku.fiscal.FiscalYear;
import jp.shinchoku.table.Kind;
import jp.shinchoku.table.MappingOverride.ColumnSpec;
import jp.shinchoku.table.Role;
import jp.shinchoku.table.TableReview;

/**
 * The mapping form of a KPI table: the header lines, the plan period's last year, and per column
 * what it holds (a role; for a value column its fiscal year, as 令和5年度, R5 or 2023, and kind).
 * A column left without a role is left to the inference.
 */
public class TableMappingForm {

    private String sheet;
    private Integer firstHeaderLine;
    private Integer lastHeaderLine;
    private String periodEnd;
    private List<ColumnForm> columns = new ArrayList<>();

    /** The form as the review shows the table now, read from {@code sheet} (null: not a workbook, or its first). */
    static TableMappingForm of(TableReview review, String sheet) {
        TableMappingForm form = new TableMappingForm();
        form.sheet = sheet;
        form.firstHeaderLine = review.firstHeaderLine();
        form.lastHeaderLine = review.lastHeaderLine();
        form.periodEnd = review.periodEnd() == null ? "" : FiscalYear.of(review.periodEnd()).japanese();
        for (TableReview.ReviewedColumn c : review.columns()) {
            ColumnForm column = new ColumnForm();
            column.index = c.index();
            column.role = c.role() == null ? "" : c.role().name();
            column.fiscalYear = c.fiscalYear() == null ? "" : FiscalYear.of(c.fiscalYear()).japanese();
            column.kind = c.kind() == null ? "" : c.kind().name();
            form.columns.add(column);
        }
        return form;
    }

    /** The period end as a Western year; null when blank. */
    Integer periodEndYear() {
        return year(periodEnd, "periodEnd");
    }

    /** What each column with a role holds, by 0-based index. */
    Map<Integer, ColumnSpec> columnSpecs() {
        Map<Integer, ColumnSpec> specs = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnForm c = columns.get(i);
            if (c == null || c.index == null || c.role == null || c.role.isBlank()) {
                continue;
            }
            Role role = enumValue(Role.class, c.role, "columns[" + i + "].role");
            Kind kind = c.kind == null || c.kind.isBlank() ? null : enumValue(Kind.class, c.kind, "columns[" + i + "].kind");
            specs.put(c.index, new ColumnSpec(role, year(c.fiscalYear, "columns[" + i + "].fiscalYear"), kind));
        }
        return specs;
    }

    private static Integer year(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return FiscalYear.findInHeading(text).map(FiscalYear::year).orElseThrow(() -> new jp.shinchoku.editing.Invalid(
                List.of(new jp.shinchoku.editing.Invalid.Problem(field, "tableImport.badYear", text.strip()))));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new jp.shinchoku.editing.Invalid(List.of(new jp.shinchoku.editing.Invalid.Problem(field,
                    "tableImport.badChoice", value.strip())));
        }
    }

    public String getSheet() {
        return sheet;
    }

    public void setSheet(String sheet) {
        this.sheet = sheet;
    }

    public Integer getFirstHeaderLine() {
        return firstHeaderLine;
    }

    public void setFirstHeaderLine(Integer firstHeaderLine) {
        this.firstHeaderLine = firstHeaderLine;
    }

    public Integer getLastHeaderLine() {
        return lastHeaderLine;
    }

    public void setLastHeaderLine(Integer lastHeaderLine) {
        this.lastHeaderLine = lastHeaderLine;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public List<ColumnForm> getColumns() {
        return columns;
    }

    public void setColumns(List<ColumnForm> columns) {
        this.columns = columns;
    }

    /** One column's row of the form. */
    public static class ColumnForm {

        private Integer index;
        private String role;
        private String fiscalYear;
        private String kind;

        public Integer getIndex() {
            return index;
        }

        public void setIndex(Integer index) {
            this.index = index;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getFiscalYear() {
            return fiscalYear;
        }

        public void setFiscalYear(String fiscalYear) {
            this.fiscalYear = fiscalYear;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }
    }
}
