package jp.shinchoku.report;

import jp.shinchoku.web.Downloads;

/** The name a report is saved under: organisation, plan and as-of date, e.g. 木更津市_経営改革推進計画_2023-09-01.pdf. */
final class ReportFiles {

    private ReportFiles() {
    }

    static String name(ReportInput input, String extension) {
        return Downloads.fileName(extension, input.plan().organization(), input.plan().title(), input.asOf().toString());
    }
}
