package jp.shinchoku.importer;

import jp.shinchoku.plan.document.PlanDocument;

/** Reads the layout chiba-city-reform: 千葉市 行政改革の推進について (改善・改革の手法 → 取組項目). */
final class ChibaCityReformImporter implements PlanImporter {

    @Override
    public String layout() {
        return "chiba-city-reform";
    }

    @Override
    public String description() {
        return "千葉市 行政改革の推進について (改善・改革の手法 → 取組項目)";
    }

    @Override
    public boolean recognizes(SourceText source) {
        return false;
    }

    @Override
    public PlanDocument read(SourceText source) throws ImportException {
        throw new ImportException(source.problem(1, "layout chiba-city-reform is not readable yet"));
    }
}
