package jp.shinchoku.search;

import java.util.List;
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

    /**
     * The plan at its current version, evaluated, marked with {@code version}: its entry in a
     * {@link #versions()} read before this call (so a change in between is noticed at the next
     * check). Empty when it no longer exists.
     */
    Optional<SourcePlan> load(long planId, String version);

    /**
     * One plan as it is to be indexed. {@code version} is read no later than {@code evaluated}, so
     * that a change in between is noticed again at the next check rather than lost.
     * {@code departmentsNow} gives, for a department name the plan uses, what the department it
     * means is called now (a report keeps the names of its day; the filter offers today's); a name
     * it lacks is taken as written.
     */
    record SourcePlan(long planId, String version, PlanDocument evaluated, GradeScale scale,
            Map<String, List<String>> departmentsNow) {

        public SourcePlan {
            departmentsNow = Map.copyOf(departmentsNow);
        }

        /** A plan whose department names are taken as written. */
        public SourcePlan(long planId, String version, PlanDocument evaluated, GradeScale scale) {
            this(planId, version, evaluated, scale, Map.of());
        }

        /** The names the departments that {@code written} means bear now. */
        public List<String> departmentNow(String written) {
            return departmentsNow.getOrDefault(written, List.of(written));
        }
    }
}
