package jp.shinchoku.roundbook;

/** Where things are in a reporting workbook: shared by the writer and the reader, so they cannot drift apart. */
final class WorkbookLayout {

    static final String COVER = "説明";
    static final String INPUT = "実績入力";
    /** Very hidden: Excel's menus cannot show it, and the workbook's structure is locked. */
    static final String META = "_照会情報";
    static final String FORMAT = "shinchoku-round-workbook/1";

    static final String[] HEADERS = {"取組番号", "取組名", "指標", "単位", "年度", "目標", "実績", "備考"};
    static final int YEAR = 4;
    static final int TARGET = 5;
    static final int ACTUAL = 6;
    static final int NOTE = 7;
    static final String[] INPUT_COLUMNS = {"F", "G", "H"};

    /** The meta sheet: one key and value per row from the top, then the lines' table from this row (0-based). */
    static final int META_LINES = 10;

    /**
     * The words offered for the actual of a qualitative indicator, besides its target's own words:
     * the ones the evaluation reads as done (達成, 実施済), under way (検討中) or not done (未実施).
     */
    static final String[] JUDGEMENTS = {"達成", "実施済", "一部実施", "検討中", "未実施"};

    private WorkbookLayout() {
    }

    /** The Excel name of a cell: column letters of the input columns, row counted from 1. */
    static String inputCell(int column, int row) {
        return INPUT_COLUMNS[column - TARGET] + row;
    }
}
