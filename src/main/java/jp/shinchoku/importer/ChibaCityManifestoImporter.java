package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;

/** Reads the layout chiba-city-manifesto: 千葉市 市長マニフェスト取組み表 (ビジョン → 約束 → 取組). */
final class ChibaCityManifestoImporter implements PlanImporter {

    @Override
    public String layout() {
        return "chiba-city-manifesto";
    }

    @Override
    public String description() {
        return "千葉市 市長マニフェスト取組み表 (ビジョン → 約束 → 取組)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return false;
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        throw new ImportException(source.problem(1, "layout chiba-city-manifesto is not readable yet"));
    }
}
