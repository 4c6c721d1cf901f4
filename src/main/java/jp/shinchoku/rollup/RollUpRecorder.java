package jp.shinchoku.rollup;

import java.util.Map;
import jp.shinchoku.snapshot.SnapshotPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores a snapshot's figures in the transaction that publishes it, so no reader ever sees the one
 * without the other; at start, stores those of snapshots published before the figures existed.
 */
@Component
class RollUpRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RollUpRecorder.class);

    private final RollUpStore store;
    private volatile boolean running;

    RollUpRecorder(RollUpStore store) {
        this.store = store;
    }

    @EventListener
    void published(SnapshotPublished event) {
        store.addMissingProfiles();
        store.record(event.planId(), event.snapshotId());
    }

    @Override
    public void start() {
        store.addMissingProfiles();
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
