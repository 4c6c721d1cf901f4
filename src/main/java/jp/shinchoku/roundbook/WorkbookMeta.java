package jp.shinchoku.roundbook;

import java.util.List;

/**
 * What a reporting workbook says about itself on its hidden sheet: the round, task, department and
 * organisation it was written for, and for each line of the input sheet which indicator-year it is
 * and the fingerprint of its values at download.
 */
record WorkbookMeta(long roundId, long taskId, long departmentId, String department, long organizationId,
        long planId, List<Line> lines) {

    WorkbookMeta {
        lines = List.copyOf(lines);
    }

    /** @param row the line's row on the input sheet, counted from 1 as Excel shows it */
    record Line(int row, long initiativeId, String indicatorKey, int fiscalYear, String fingerprint) {
    }
}
