package jp.shinchoku.search;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;

/** Small constructed plans, and a search source holding them in memory. */
final class TestPlans {

    private TestPlans() {
    }

    static PlanDocument plan(String organization, String title, List<Integer> years, Initiative... initiatives) {
        return new PlanDocument(PlanDocument.FORMAT, organization, title, null, years, null, List.of(),
                List.of(new Section("柱1", "くらし", List.of(), List.of(), List.of(initiatives))));
    }

    static Initiative initiative(String code, String title, String text, String department) {
        return new Initiative(code, null, title, List.of(department), List.of(), List.of(), null,
                List.of(new LabeledText("取組内容", text)), List.of(), List.of());
    }

    /** An initiative whose one indicator was graded {@code grade} in {@code year}. */
    static Initiative graded(String code, String title, String text, String department, String grade, int year) {
        Evaluation e = new Evaluation(BigDecimal.valueOf(100), grade, grade, "rated", "実績 ÷ 目標", List.of());
        Indicator k = new Indicator("指標①", "登録者数", null, null, null, null, null, null, null,
                List.of(new IndicatorValue(year, null, new Measure("100人", BigDecimal.valueOf(100), "人"),
                        new Measure("100人", BigDecimal.valueOf(100), "人"), null, e)));
        return initiative(code, title, text, department).withIndicators(List.of(k));
    }

    /** Plans by id, each with the version it was last put with. */
    static final class InMemorySource implements SearchSource {
        private final Map<Long, SourcePlan> plans = new HashMap<>();
        private final java.util.Set<Long> broken = new java.util.HashSet<>();

        /** Loading the plan fails, as a plan the evaluation cannot read would. */
        synchronized void breakPlan(long planId) {
            broken.add(planId);
        }

        synchronized void put(long planId, String version, PlanDocument plan) {
            plans.put(planId, new SourcePlan(planId, version, plan, GradeScale.DEFAULT));
        }

        synchronized void remove(long planId) {
            plans.remove(planId);
        }

        @Override
        public synchronized Map<Long, String> versions() {
            Map<Long, String> versions = new HashMap<>();
            plans.forEach((id, p) -> versions.put(id, p.version()));
            return versions;
        }

        @Override
        public synchronized Optional<SourcePlan> load(long planId, String version) {
            if (broken.contains(planId)) {
                throw new IllegalStateException("plan " + planId + " cannot be read");
            }
            return Optional.ofNullable(plans.get(planId));
        }
    }
}
