package jp.shinchoku.site;

import java.time.LocalDate;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.snapshot.SnapshotService;

/**
 * A second report of 木更津市's DX plan in which 01-01's 成果目標① of 令和6年度 was corrected from
 * 33,474千円 to 48,000千円 (48,000 ÷ 60,000 = 80.0%: C becomes B), so two reports differ.
 */
final class SecondReport {

    private SecondReport() {
    }

    static long publish(PlanStore plans, SnapshotService snapshots, long dx, LocalDate asOf) {
        PlanDocument changed = plans.load(dx).orElseThrow().mapInitiatives(i -> !"01-01".equals(i.code()) ? i
                : i.withIndicators(i.indicators().stream().map(k -> !k.label().equals("成果目標①") ? k
                        : new Indicator(k.label(), k.name(), k.note(), k.baseline(), k.values().stream()
                                .map(v -> v.fiscalYear() != 2024 ? v
                                        : v.withEntries(v.target(), Measure.of("48,000千円"), v.note()))
                                .toList()))
                        .toList()));
        plans.save(changed, "test", true);
        return snapshots.publish(Actor.system("test"), dx, asOf, "令和6年度 決算時", null).id();
    }
}
