package jp.shinchoku.snapshot;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.importer.DemoData;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.SavedPlan;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On a first start, loads the demo plans and publishes each of them, so that the public pages show
 * them as published reports at once. With {@code shinchoku.demo.load-on-start} (which
 * {@code shinchoku serve} sets unless told {@code --no-demo}) this runs once every bean is ready and
 * before the web server listens, so no visitor sees the list while it is still empty.
 */
@Component
class DemoPublication implements SmartInitializingSingleton {

    static final String TITLE = "取り込み時点 (as imported)";

    private final DemoData demo;
    private final PlanStore plans;
    private final SnapshotService snapshots;
    private final boolean loadOnStart;

    DemoPublication(DemoData demo, PlanStore plans, SnapshotService snapshots,
            @Value("${shinchoku.demo.load-on-start:false}") boolean loadOnStart) {
        this.demo = demo;
        this.plans = plans;
        this.snapshots = snapshots;
        this.loadOnStart = loadOnStart;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (loadOnStart) {
            publish(demo.loadIfEmpty());
        }
    }

    /** Publishes each plan as of the date its document states, or today when it states none. */
    void publish(List<SavedPlan> loaded) {
        Actor demoActor = Actor.system("demo");
        for (SavedPlan saved : loaded) {
            LocalDate asOf = plans.load(saved.planId()).map(p -> p.asOf()).orElse(null);
            snapshots.publish(demoActor, saved.planId(), asOf == null ? LocalDate.now() : asOf, TITLE, null);
        }
    }
}
