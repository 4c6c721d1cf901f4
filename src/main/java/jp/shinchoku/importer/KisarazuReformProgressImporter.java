package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;

/** Reads the layout kisarazu-reform-progress: 木更津市 経営改革推進計画 進捗状況 (5つの柱・指標). */
final class KisarazuReformProgressImporter implements PlanImporter {

    @Override
    public String layout() {
        return "kisarazu-reform-progress";
    }

    @Override
    public String description() {
        return "木更津市 経営改革推進計画 進捗状況 (5つの柱・指標)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return false;
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        throw new ImportException(source.problem(1, "layout kisarazu-reform-progress is not readable yet"));
    }
}
