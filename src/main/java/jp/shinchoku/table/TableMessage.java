package jp.shinchoku.table;

/**
 * Everything the table reading says, as message codes: why a column is read as it is, and what
 * keeps a table or a template from being read. The words are in messages_ja.properties and
 * messages.properties; the command line prints the English ({@link Reason#english()}).
 */
public enum TableMessage {

    // why a column is read as it is
    INDICATOR("table.reason.indicator"),
    INDICATOR_WITH_UNIT("table.reason.indicatorWithUnit"),
    YEAR_OF_ROW("table.reason.yearOfRow"),
    UNIT("table.reason.unit"),
    DEPARTMENT("table.reason.department"),
    RELATED_DEPARTMENTS("table.reason.relatedDepartments"),
    CODE("table.reason.code"),
    LEVEL("table.reason.level"),
    EVALUATION("table.reason.evaluation"),
    FORECAST("table.reason.forecast"),
    WORDS("table.reason.words"),
    PERIOD_END_TARGET("table.reason.periodEndTarget"),
    VALUES("table.reason.values"),
    VALUES_OF_YEAR("table.reason.valuesOfYear"),
    GIVEN("table.reason.given"),
    NOT_UNDERSTOOD("table.reason.notUnderstood"),
    KIND_CELLS("table.reason.kindCells"),
    NO_CELLS("table.reason.noCells"),
    NO_HEADER_WORDS("table.reason.noHeaderWords"),
    FIRST_WORDS_INDICATOR("table.reason.firstWordsIndicator"),
    INNERMOST_LEVEL("table.reason.innermostLevel"),
    PERIOD_END_OF("table.reason.periodEndOf"),
    YEAR_ALONE_ACTUAL("table.reason.yearAloneActual"),
    NO_YEAR_BASELINE("table.reason.noYearBaseline"),
    NO_YEAR_PERIOD_END("table.reason.noYearPeriodEnd"),

    // what a value column holds, inside VALUES and VALUES_OF_YEAR
    KIND_VALUES("table.kind.values"),
    KIND_TARGETS("table.kind.targets"),
    KIND_ACTUALS("table.kind.actuals"),
    KIND_BASELINE("table.kind.baseline"),

    // what keeps a table from being read
    NO_SUCH_HEADER_LINE("table.problem.noSuchHeaderLine"),
    NO_HEADER("table.problem.noHeader"),
    UNKNOWN_COLUMN("table.problem.unknownColumn"),
    VALUES_WITHOUT_HEADER("table.problem.valuesWithoutHeader"),
    HEADER_NOT_UNDERSTOOD("table.problem.headerNotUnderstood"),
    PERIOD_UNKNOWN("table.problem.periodUnknown"),
    NO_YEAR("table.problem.noYear"),
    NO_YEAR_BESIDE_KIND_COLUMN("table.problem.noYearBesideKindColumn"),
    VALUES_WITHOUT_INDICATOR("table.problem.valuesWithoutIndicator"),
    SHEET_ERROR("table.problem.sheetError"),
    UNKNOWN_KIND("table.problem.unknownKind"),
    BAD_YEAR("table.problem.badYear"),
    SECOND_BASELINE("table.problem.secondBaseline"),
    NO_YEAR_FOR_VALUE("table.problem.noYearForValue"),
    SECOND_TARGET("table.problem.secondTarget"),
    SECOND_ACTUAL("table.problem.secondActual"),
    NO_ROWS("table.problem.noRows"),
    FOLDER("table.problem.folder"),
    NO_SUCH_FILE("table.problem.noSuchFile"),
    UNREADABLE_FILE("table.problem.unreadableFile"),
    EMPTY_FILE("table.problem.emptyFile"),
    NOT_TEXT("table.problem.notText"),
    BAD_CSV("table.problem.badCsv"),
    NO_SHEET("table.problem.noSheet"),
    BAD_XLSX("table.problem.badXlsx"),

    // what keeps the template from being read
    TEMPLATE_UNKNOWN_KIND("table.problem.template.unknownKind"),
    TEMPLATE_BAD_DEPTH("table.problem.template.badDepth"),
    TEMPLATE_NO_PARENT("table.problem.template.noParent"),
    TEMPLATE_BAD_DATE("table.problem.template.badDate"),
    TEMPLATE_BAD_YEAR("table.problem.template.badYear");

    private final String code;

    TableMessage(String code) {
        this.code = code;
    }

    /** The key in messages*.properties. */
    public String code() {
        return code;
    }
}
