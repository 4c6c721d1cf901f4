package jp.shinchoku.search;

import java.util.Map;
import java.util.Optional;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.plan.document.PlanDocument;

/**
 * The plans the index should hold, and the version of each that the public sees: the snapshot
 * published last, or a plan never published as stored ({@link PublishedPlans}).
 */
public interface SearchSource {

    /**
     * Every plan to index, by id, with a stamp that changes whenever the plan's searchable content
     * may have changed. Called every few seconds: it must be cheap.
     */
    Map<Long, String> versions();

    /** The plan at its current version, evaluated; empty when it no longer exists. */
    Optional<SourcePlan> load(long planId);

    /**
     * One plan as it is to be indexed. {@code version} is read no later than {@code evaluated}, so
     * that a change in between is noticed again at the next check rather than lost.
     */
    record SourcePlan(long planId, String version, PlanDocument evaluated, GradeScale scale) {
    }
}
