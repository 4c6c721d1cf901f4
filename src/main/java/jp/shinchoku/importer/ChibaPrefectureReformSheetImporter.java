package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;

/** Reads the layout chiba-pref-reform-sheet: 千葉県 行政改革 取組シート (整理番号・柱・取組工程). */
final class ChibaPrefectureReformSheetImporter implements PlanImporter {

    @Override
    public String layout() {
        return "chiba-pref-reform-sheet";
    }

    @Override
    public String description() {
        return "千葉県 行政改革 取組シート (整理番号・柱・取組工程)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return false;
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        throw new ImportException(source.problem(1, "layout chiba-pref-reform-sheet is not readable yet"));
    }
}
