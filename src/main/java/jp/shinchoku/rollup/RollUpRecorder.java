package jp.shinchoku.rollup;

import java.util.Map;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.PlanStored;
import jp.shinchoku.snapshot.SnapshotPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what the lists read in the transaction that stores a plan or publishes it, so no reader
 * ever sees the one without the other; at start, checks the copies against the plans' owner and
 * stores the figures of snapshots published before they were kept.
 */
@Component
class RollUpRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RollUpRecorder.class);

    private final RollUpStore store;
    private final PlanStore plans;
    private volatile boolean running;

    RollUpRecorder(RollUpStore store, PlanStore plans) {
        this.store = store;
        this.plans = plans;
    }

    @EventListener
    void stored(PlanStored event) {
        store.keep(event.plan());
    }

    @EventListener
    void published(SnapshotPublished event) {
        store.record(event.planId(), event.snapshotId());
    }

    @Override
    public void start() {
        int changed = store.keepAll(plans.headings());
        if (changed > 0) {
            log.info("Brought the public lists' copy of {} plans' names up to date", changed);
        }
        Map<Long, Long> missing = store.latestWithoutFigures();
        missing.forEach(store::record);
        if (!missing.isEmpty()) {
            log.info("Stored the grade counts of {} snapshots published before they were kept", missing.size());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the search index (phase 0) and the web server. */
    @Override
    public int getPhase() {
        return -10;
    }
}
