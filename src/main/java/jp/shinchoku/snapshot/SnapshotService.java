package jp.shinchoku.snapshot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Forbidden;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing: a plan evaluated as of a date is written once and never changed. The public pages,
 * the API and the reports read the latest snapshot; earlier ones stay reachable.
 */
@Service
public class SnapshotService {

    private static final int CACHED_DOCUMENTS = 64;

    private final JdbcClient jdbc;
    private final EvaluationService evaluations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    // a snapshot never changes, so its parsed document can be kept as long as there is room
    private final Map<String, PlanDocument> documents = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PlanDocument> eldest) {
                    return size() > CACHED_DOCUMENTS;
                }
            });

    private final PlanStore plans;

    public SnapshotService(JdbcClient jdbc, EvaluationService evaluations, AuditLog audit,
            ApplicationEventPublisher events, PlanStore plans) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.evaluations = evaluations;
        this.audit = audit;
        this.events = events;
    }

    /** Publishes the plan as it now stands, evaluated, as of {@code asOf}; returns the new snapshot. */
    @Transactional
    public Snapshot publish(Actor actor, long planId, LocalDate asOf, String title, Long roundId) {
        long organizationId = plans.organizationOf(planId).orElseThrow(() -> new IllegalArgumentException("計画 " + planId + " はありません (no plan " + planId + ")"));
        if (!actor.mayManage(organizationId)) {
            throw new Forbidden(actor, "公表 (publish)");
        }
        PlanDocument evaluated = evaluations.evaluatedPlan(planId).orElseThrow();
        long id = jdbc.sql("""
                INSERT INTO snapshot (plan_id, as_of, title, published_by, round_id, document)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) RETURNING id""")
                .params(planId, asOf, title, actor.name(), roundId, PlanDocumentJson.write(evaluated))
                .query(Long.class).single();
        audit.record(actor.name(), organizationId, "publish", "plan " + planId + " snapshot " + id, title + " " + asOf);
        events.publishEvent(new SnapshotPublished(planId, id));
        return find(planId, id).orElseThrow();
    }

    /** What the public sees of the plan now: the snapshot published last, or the stored plan if never published. */
    @Transactional(readOnly = true)
    public Optional<PublishedPlan> current(long planId) {
        Optional<Snapshot> latest = jdbc.sql(SELECT + " WHERE plan_id = ? ORDER BY id DESC LIMIT 1")
                .param(planId).query(SnapshotService::snapshot).optional();
        if (latest.isPresent()) {
            return Optional.of(new PublishedPlan(planId, latest.get(), document(latest.get())));
        }
        return evaluations.evaluatedPlan(planId).map(d -> new PublishedPlan(planId, null, d));
    }

    /** One snapshot of the plan, if it exists. */
    @Transactional(readOnly = true)
    public Optional<PublishedPlan> snapshot(long planId, long snapshotId) {
        return find(planId, snapshotId).map(s -> new PublishedPlan(planId, s, document(s)));
    }

    /** For every plan ever published, the id of the snapshot published last. */
    public Map<Long, Long> latestSnapshotIds() {
        Map<Long, Long> latest = new java.util.HashMap<>();
        jdbc.sql("SELECT plan_id, max(id) AS id FROM snapshot GROUP BY plan_id")
                .query(rs -> {
                    latest.put(rs.getLong("plan_id"), rs.getLong("id"));
                });
        return latest;
    }

    /** The plan's snapshots, newest first. */
    public List<Snapshot> snapshots(long planId) {
        return jdbc.sql(SELECT + " WHERE plan_id = ? ORDER BY as_of DESC, id DESC").param(planId)
                .query(SnapshotService::snapshot).list();
    }

    private Optional<Snapshot> find(long planId, long snapshotId) {
        return jdbc.sql(SELECT + " WHERE plan_id = ? AND id = ?").params(planId, snapshotId)
                .query(SnapshotService::snapshot).optional();
    }

    /** Keyed by id and publication time, so that a database emptied and filled again is never served stale. */
    private PlanDocument document(Snapshot snapshot) {
        return documents.computeIfAbsent(snapshot.id() + "@" + snapshot.publishedAt(), key -> PlanDocumentJson.read(
                jdbc.sql("SELECT document FROM snapshot WHERE id = ?").param(snapshot.id()).query(String.class).single()));
    }

    private static final String SELECT = "SELECT id, plan_id, as_of, title, published_at, published_by, round_id FROM snapshot";

    private static Snapshot snapshot(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Snapshot(rs.getLong("id"), rs.getLong("plan_id"), rs.getObject("as_of", LocalDate.class),
                rs.getString("title"), rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by"),
                rs.getObject("round_id", Long.class));
    }
}
