package jp.shinchoku.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocumentJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One initiative at a time, for the application's edits: read it with its version, write a
 * changed version only if nobody saved in between, add, move or remove it, and read its history.
 */
@Repository
public class InitiativeStore {

    private final JdbcClient jdbc;
    private final PlanStore plans;

    public InitiativeStore(JdbcClient jdbc, PlanStore plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /**
     * The initiative and the facts authorization needs: its plan's heading, its organisation and
     * owner departments. Reads that initiative's rows only, never the rest of its plan.
     */
    @Transactional(readOnly = true)
    public Optional<Located> find(long initiativeId) {
        InitiativeReader reader = InitiativeReader.ofInitiative(jdbc, initiativeId);
        return reader.read().stream().findFirst().flatMap(i -> plans.heading(i.planId()).map(p -> new Located(p, i,
                reader.departmentIds(initiativeId, "owner"), reader.departmentIds(initiativeId, "related"))));
    }

    /**
     * Saves {@code changed} over the initiative if it is still at {@code expectedVersion}, marking
     * every year whose entries change as entered by {@code actor}; returns the new version.
     *
     * @throws StaleVersion when someone saved the initiative since that version
     */
    @Transactional
    public int save(long initiativeId, int expectedVersion, Initiative changed, String actor, String action,
            String reason) {
        Place place = lock(initiativeId, expectedVersion);
        new InitiativeWriter(jdbc, place.organizationId()).update(initiativeId, place.sectionId(), place.position(),
                changed, actor);
        return new RevisionLog(jdbc).record(place.planId(), initiativeId, actor, action, reason, changed);
    }

    /** Adds an initiative at the end of a section; returns its id. */
    @Transactional
    public long add(long sectionId, Initiative initiative, String actor) {
        long planId = jdbc.sql("SELECT plan_id FROM section WHERE id = ?").param(sectionId).query(Long.class).single();
        long organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class)
                .single();
        int position = jdbc.sql("SELECT coalesce(max(position), -1) + 1 FROM initiative WHERE section_id = ?")
                .param(sectionId).query(Integer.class).single();
        long id = new InitiativeWriter(jdbc, organizationId).insert(planId, sectionId, position, initiative, actor);
        new RevisionLog(jdbc).record(planId, id, actor, "add", null, initiative);
        return id;
    }

    /** Moves the initiative to the end of another section of its plan. */
    @Transactional
    public int move(long initiativeId, int expectedVersion, long sectionId, String actor) {
        lock(initiativeId, expectedVersion);
        StoredInitiative current = current(initiativeId);
        int position = jdbc.sql("SELECT coalesce(max(position), -1) + 1 FROM initiative WHERE section_id = ?")
                .param(sectionId).query(Integer.class).single();
        jdbc.sql("UPDATE initiative SET section_id = ?, position = ?, version = version + 1 WHERE id = ?")
                .params(sectionId, position, initiativeId).update();
        return new RevisionLog(jdbc).record(current.planId(), initiativeId, actor, "move", null, current.content());
    }

    /** Removes the initiative; its history, with its last content, stays. */
    @Transactional
    public void delete(long initiativeId, int expectedVersion, String actor, String reason) {
        lock(initiativeId, expectedVersion);
        StoredInitiative current = current(initiativeId);
        new RevisionLog(jdbc).record(current.planId(), initiativeId, actor, "delete", reason, current.content());
        jdbc.sql("DELETE FROM initiative WHERE id = ?").param(initiativeId).update();
    }

    /**
     * Records a new version of each initiative whose content changed without going through
     * {@link #save} (a department renamed or merged in the registry): the version goes up, so a
     * page prepared before the change is stale, and the revision holds the content as it now reads.
     */
    @Transactional
    public void recordRevisions(java.util.Collection<Long> initiativeIds, String actor, String action, String reason) {
        if (initiativeIds.isEmpty()) {
            return;
        }
        java.util.Map<Long, List<Long>> byPlan = new java.util.TreeMap<>();
        for (long id : initiativeIds) {
            jdbc.sql("SELECT plan_id FROM initiative WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                    .ifPresent(plan -> byPlan.computeIfAbsent(plan, p -> new java.util.ArrayList<>()).add(id));
        }
        RevisionLog log = new RevisionLog(jdbc);
        byPlan.forEach((planId, ids) -> {
            StoredPlan plan = plans.loadStored(planId).orElseThrow();
            for (long id : ids) {
                jdbc.sql("UPDATE initiative SET version = version + 1 WHERE id = ?").param(id).update();
                log.record(planId, id, actor, action, reason, plan.initiative(id).orElseThrow().content());
            }
        });
    }

    /** The identities ({@link Identity}) of the plan's initiatives: what a new initiative may not repeat. */
    public java.util.Set<String> identities(long planId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT code, label, title FROM initiative WHERE plan_id = ?")
                .param(planId)
                .query((rs, n) -> Identity.initiativeKey(rs.getString("code"), rs.getString("label"), rs.getString("title")))
                .list());
    }

    /**
     * The first initiative of the plan whose code, or title when it has no code, is this key: how
     * the command line names an initiative. Empty when the plan has none such.
     */
    public Optional<Long> findByKey(long planId, String key) {
        return jdbc.sql("SELECT id FROM initiative WHERE plan_id = ? AND coalesce(code, title) = ? ORDER BY id LIMIT 1")
                .params(planId, key).query(Long.class).optional();
    }

    /** The plan's initiatives as references, by their identities ({@link Identity}). */
    public List<InitiativeRef> refs(long planId) {
        return jdbc.sql(REF + " WHERE plan_id = ? ORDER BY id").param(planId).query(InitiativeStore::ref).list();
    }

    public Optional<InitiativeRef> ref(long initiativeId) {
        return jdbc.sql(REF + " WHERE id = ?").param(initiativeId).query(InitiativeStore::ref).optional();
    }

    private static final String REF = "SELECT id, plan_id, code, label, title, version FROM initiative";

    private static InitiativeRef ref(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new InitiativeRef(rs.getLong("id"), rs.getLong("plan_id"),
                Identity.initiativeKey(rs.getString("code"), rs.getString("label"), rs.getString("title")),
                rs.getInt("version"));
    }

    /** Every revision of the initiative, oldest first. */
    public List<InitiativeRevision> history(long initiativeId) {
        return jdbc.sql("""
                SELECT version, recorded_at, actor, action, reason, document FROM initiative_revision
                WHERE initiative_id = ? ORDER BY version""")
                .param(initiativeId)
                .query((rs, n) -> new InitiativeRevision(initiativeId, rs.getInt("version"),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("action"),
                        rs.getString("reason"), rs.getString("document") == null ? null
                                : PlanDocumentJson.readInitiative(rs.getString("document"))))
                .list();
    }

    /**
     * Locks the initiative's row and checks its version; only a stale save pays for reading the
     * whole initiative (for the conflict page), a current one reads one row.
     */
    private Place lock(long initiativeId, int expectedVersion) {
        Place place = jdbc.sql("""
                SELECT i.plan_id, i.section_id, i.position, i.version, p.organization_id
                FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE i.id = ? FOR UPDATE OF i""")
                .param(initiativeId)
                .query((rs, n) -> new Place(rs.getLong("plan_id"), rs.getLong("section_id"), rs.getInt("position"),
                        rs.getInt("version"), rs.getLong("organization_id")))
                .optional().orElseThrow(() -> new NoSuchInitiative(initiativeId));
        if (place.version() != expectedVersion) {
            throw new StaleVersion(current(initiativeId), expectedVersion);
        }
        return place;
    }

    private StoredInitiative current(long initiativeId) {
        return find(initiativeId).orElseThrow(() -> new NoSuchInitiative(initiativeId)).initiative();
    }

    /** Where an initiative stands: its plan, section, place, version and organisation. */
    private record Place(long planId, long sectionId, int position, int version, long organizationId) {
    }

    /** An initiative with its plan's heading and the departments that own it and are related to it. */
    public record Located(PlanHeading plan, StoredInitiative initiative, List<Long> ownerDepartmentIds,
            List<Long> relatedDepartmentIds) {
    }

    /** Someone saved the initiative after the version the change started from. */
    public static class StaleVersion extends RuntimeException {
        private final transient StoredInitiative current;

        public StaleVersion(StoredInitiative current, int expected) {
            super("取組は他の人が更新しました (版 " + expected + " → " + current.version() + ")"
                    + " / the initiative was changed by someone else (version " + expected + " is now "
                    + current.version() + ")");
            this.current = current;
        }

        public StoredInitiative current() {
            return current;
        }
    }

    public static class NoSuchInitiative extends RuntimeException {
        public NoSuchInitiative(long id) {
            super("取組 " + id + " はありません / there is no initiative " + id);
        }
    }
}
