package jp.shinchoku.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;
import org.junit.jupiter.api.Test;

class ReportLayoutTest {

    private static PlanDocument plan(String layout, Initiative initiative) {
        return new PlanDocument(PlanDocument.FORMAT, "某市", "計画", null, List.of(2024),
                layout == null ? null : new Source("plan.json", layout), List.of(),
                List.of(new Section("1", "章", List.of(), List.of(), List.of(initiative))));
    }

    private static Initiative initiative(List<Indicator> indicators) {
        return new Initiative("1", null, "取組", List.of(), List.of(), List.of(), null, List.of(), List.of(), indicators);
    }

    @Test
    void theManifestoAndTheCityReformPrintAsTables() {
        assertThat(ReportLayout.of(plan("chiba-city-manifesto", initiative(List.of())))).isEqualTo(ReportLayout.TABLE);
        assertThat(ReportLayout.of(plan("chiba-city-reform", initiative(List.of())))).isEqualTo(ReportLayout.TABLE);
    }

    @Test
    void theSheetLayoutsPrintAsSheetsEvenWithoutIndicators() {
        assertThat(ReportLayout.of(plan("kisarazu-reform-progress", initiative(List.of())))).isEqualTo(ReportLayout.SHEETS);
        assertThat(ReportLayout.of(plan("kisarazu-dx-policy-sheet", initiative(List.of())))).isEqualTo(ReportLayout.SHEETS);
    }

    @Test
    void anyOtherPlanPrintsAsSheetsWhenItMeasuresSomethingAndAsATableOtherwise() {
        Indicator kpi = new Indicator("指標①", "件数", null, null, List.of());
        assertThat(ReportLayout.of(plan("shinchoku/plan-v1", initiative(List.of(kpi))))).isEqualTo(ReportLayout.SHEETS);
        assertThat(ReportLayout.of(plan(null, initiative(List.of(kpi))))).isEqualTo(ReportLayout.SHEETS);
        assertThat(ReportLayout.of(plan("shinchoku/plan-v1", initiative(List.of())))).isEqualTo(ReportLayout.TABLE);
    }
}
