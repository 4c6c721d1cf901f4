package jp.shinchoku.importer;

/**
 * Everything the reading of a seed layout or a plan document says about a file it cannot import,
 * as message codes: the words are in messages_ja.properties and messages.properties, the screens
 * say them in the reader's language and the command line prints the English ({@link Said#english()}).
 */
public enum ImportMessage {

    // the file itself
    FOLDER("import.problem.folder"),
    NO_SUCH_FILE("import.problem.noSuchFile"),
    UNREADABLE_FILE("import.problem.unreadableFile"),
    EMPTY_FILE("import.problem.emptyFile"),
    BINARY_FILE("import.problem.binaryFile"),
    NOT_UTF8("import.problem.notUtf8"),

    // which layout it is
    UNKNOWN_LAYOUT("import.problem.unknownLayout"),
    AMBIGUOUS_LAYOUT("import.problem.ambiguousLayout"),
    // the layouts these two name, each in the reader's language, joined as that language joins a list
    LAYOUT_NAMED("import.problem.layout.named"),
    LAYOUT_LIST("import.problem.layout.list"),
    LAYOUT_EITHER("import.problem.layout.either"),
    PLAN_DOCUMENT_LAYOUT("import.problem.layout.planDocument"),

    // a plan document (JSON); INVALID_DOCUMENT takes the validator's words in English ({1}) and in Japanese ({2})
    UNSUPPORTED_FORMAT("import.problem.document.unsupportedFormat"),
    INVALID_DOCUMENT("import.problem.document.invalid"),
    NOT_JSON("import.problem.document.notJson"),
    DOCUMENT_WITHOUT_TITLE("import.problem.document.noTitle"),

    // the same initiative or indicator twice (the command line says these in both languages)
    DOUBLED_INDICATOR("import.problem.doubledIndicator"),
    DOUBLED_INITIATIVE("import.problem.doubledInitiative"),

    // 千葉市 市長マニフェスト
    MANIFESTO_PROMISE_BEFORE_VISION("import.problem.manifesto.promiseBeforeVision"),
    MANIFESTO_INITIATIVE_BEFORE_PROMISE("import.problem.manifesto.initiativeBeforePromise"),
    MANIFESTO_NO_VISION("import.problem.manifesto.noVision"),
    MANIFESTO_UNEXPECTED_HEADER("import.problem.manifesto.unexpectedHeader"),
    MANIFESTO_ROW_CUT_OFF("import.problem.manifesto.rowCutOff"),
    MANIFESTO_NO_TITLE("import.problem.manifesto.noTitle"),
    MANIFESTO_PROMISE_WITHOUT_INITIATIVES("import.problem.manifesto.promiseWithoutInitiatives"),
    MANIFESTO_MISSING_FROM_BODY("import.problem.manifesto.missingFromBody"),

    // 千葉市 行政改革の推進について
    CITY_REFORM_ROW_CUT_OFF("import.problem.cityReform.rowCutOff"),
    CITY_REFORM_NO_OVERVIEW("import.problem.cityReform.noOverview"),
    CITY_REFORM_MISSING_FROM_BODY("import.problem.cityReform.missingFromBody"),
    CITY_REFORM_METHOD_WITHOUT_ITEMS("import.problem.cityReform.methodWithoutItems"),

    // 千葉県 行政改革 取組シート
    PREFECTURE_NO_SHEET("import.problem.prefecture.noSheet"),
    PREFECTURE_SHEET("import.problem.prefecture.sheet"),
    PREFECTURE_SHEET_AT_LINE("import.problem.prefecture.sheetAtLine"),
    PREFECTURE_NO_INITIATIVE("import.problem.prefecture.noInitiative"),
    PREFECTURE_SECOND_ROW("import.problem.prefecture.secondRow"),
    PREFECTURE_ENDS_BEFORE("import.problem.prefecture.endsBefore"),
    PREFECTURE_NO_ROW("import.problem.prefecture.noRow"),
    PREFECTURE_SCHEDULE_WITHOUT_YEARS("import.problem.prefecture.scheduleWithoutYears"),
    PREFECTURE_GOAL_WITHOUT_YEAR("import.problem.prefecture.goalWithoutYear"),

    // 木更津市 DX 施策シート
    DX_NO_SHEET("import.problem.dx.noSheet"),
    DX_SHEET_TWICE("import.problem.dx.sheetTwice"),
    DX_BAD_CODE("import.problem.dx.badCode"),
    DX_NO_TITLE("import.problem.dx.noTitle"),
    DX_ENDS_BEFORE_SCHEDULE("import.problem.dx.endsBeforeSchedule"),
    DX_ENDS_BEFORE_INDICATORS("import.problem.dx.endsBeforeIndicators"),
    DX_ROW_BEFORE_INDICATOR("import.problem.dx.rowBeforeIndicator"),
    DX_SECOND_ROW("import.problem.dx.secondRow"),

    // 木更津市 経営改革推進計画 進捗状況
    PROGRESS_NOT_A_DATE("import.problem.progress.notADate"),
    PROGRESS_NO_TITLE("import.problem.progress.noTitle"),
    PROGRESS_MISSING_FROM_BODY("import.problem.progress.missingFromBody"),
    PROGRESS_NOTHING("import.problem.progress.nothing"),
    PROGRESS_BLOCK_WITHOUT_CODE("import.problem.progress.blockWithoutCode"),
    PROGRESS_ENDS_BEFORE_INDICATORS("import.problem.progress.endsBeforeIndicators"),
    PROGRESS_ENDS_BEFORE_PROGRESS("import.problem.progress.endsBeforeProgress"),
    PROGRESS_ENDS_BEFORE_TEXT("import.problem.progress.endsBeforeText");

    private final String code;

    ImportMessage(String code) {
        this.code = code;
    }

    /** The key in messages*.properties. */
    public String code() {
        return code;
    }

    /** This message with its arguments; numbers are best given as text, so that no locale groups their digits. */
    public Said with(Object... arguments) {
        return new Said(this, java.util.Arrays.stream(arguments).map(a -> a == null ? "" : a).toList());
    }
}
