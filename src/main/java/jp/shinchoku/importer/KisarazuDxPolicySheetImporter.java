package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;

/** Reads the layout kisarazu-dx-policy-sheet: 木更津市 DX 施策シート (施策ID・成果目標). */
final class KisarazuDxPolicySheetImporter implements PlanImporter {

    @Override
    public String layout() {
        return "kisarazu-dx-policy-sheet";
    }

    @Override
    public String description() {
        return "木更津市 DX 施策シート (施策ID・成果目標)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return false;
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        throw new ImportException(source.problem(1, "layout kisarazu-dx-policy-sheet is not readable yet"));
    }
}
