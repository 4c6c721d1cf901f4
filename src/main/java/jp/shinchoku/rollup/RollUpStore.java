package jp.shinchoku.rollup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Writes the stored figures of a snapshot, and the profiles of governments and plans not yet seen. */
@Repository
public class RollUpStore {

    private final JdbcClient jdbc;
    private final SnapshotService snapshots;
    private final EvaluationService evaluations;

    RollUpStore(JdbcClient jdbc, SnapshotService snapshots, EvaluationService evaluations) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.evaluations = evaluations;
    }

    /** Counts the grades of the snapshot once: for the plan as a whole and for each section. */
    @Transactional
    public void record(long planId, long snapshotId) {
        PublishedPlan published = snapshots.snapshot(planId, snapshotId).orElseThrow(
                () -> new IllegalArgumentException("no snapshot " + snapshotId + " of plan " + planId));
        PlanDocument plan = published.document();
        Optional<RollUp.PlanRollUp> rollUp = RollUp.ofLatestYear(plan, evaluations.scale(plan.organization()));
        Integer year = rollUp.map(RollUp.PlanRollUp::fiscalYear).orElse(null);
        jdbc.sql("DELETE FROM snapshot_rollup WHERE snapshot_id = ?").param(snapshotId).update();
        insert(snapshotId, "", null, null, year, rollUp.map(RollUp.PlanRollUp::counts).orElse(null),
                plan.allInitiatives().size(), indicators(plan.allInitiatives()));
        List<Section> sections = plan.sections();
        for (int i = 0; i < sections.size(); i++) {
            sections(snapshotId, String.valueOf(i + 1), sections.get(i),
                    rollUp.map(r -> r.sections()).orElse(null), i, year);
        }
    }

    private void sections(long snapshotId, String path, Section section, List<RollUp.SectionRollUp> rolled, int index,
            Integer year) {
        RollUp.SectionRollUp mine = rolled == null ? null : rolled.get(index);
        insert(snapshotId, path, section.label(), section.title(), year, mine == null ? null : mine.counts(),
                section.allInitiatives().size(), indicators(section.allInitiatives()));
        for (int i = 0; i < section.sections().size(); i++) {
            sections(snapshotId, path + "." + (i + 1), section.sections().get(i), mine == null ? null : mine.sections(),
                    i, year);
        }
    }

    private static int indicators(List<jp.shinchoku.plan.document.Initiative> initiatives) {
        return initiatives.stream().mapToInt(i -> i.indicators().size()).sum();
    }

    private void insert(long snapshotId, String path, String label, String title, Integer year, RollUp.Counts counts,
            int initiatives, int indicators) {
        Map<Grade, Integer> by = counts == null ? Map.of() : counts.byGrade();
        jdbc.sql("""
                INSERT INTO snapshot_rollup (snapshot_id, section_path, section_label, section_title, fiscal_year,
                    grade_a, grade_b, grade_c, grade_d, ungraded, initiatives, indicators)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(snapshotId, path, label, title, year, by.getOrDefault(Grade.A, 0), by.getOrDefault(Grade.B, 0),
                        by.getOrDefault(Grade.C, 0), by.getOrDefault(Grade.D, 0),
                        counts == null ? initiatives : counts.ungraded(), initiatives, indicators)
                .update();
    }

    /** The latest snapshots that have no figures yet: those published before the figures were stored. */
    public Map<Long, Long> latestWithoutFigures() {
        Map<Long, Long> missing = new java.util.HashMap<>(snapshots.latestSnapshotIds());
        List<Long> done = jdbc.sql("SELECT DISTINCT snapshot_id FROM snapshot_rollup").query(Long.class).list();
        missing.values().removeAll(done);
        return missing;
    }

    /** Gives every government and plan without a profile one inferred from its name. */
    @Transactional
    public void addMissingProfiles() {
        jdbc.sql("""
                SELECT o.id, o.name FROM organization o
                WHERE NOT EXISTS (SELECT 1 FROM organization_profile p WHERE p.organization_id = o.id)""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
                .forEach(o -> setOrganization((Long) o[0], Prefectures.of((String) o[1]).orElse(null),
                        Prefectures.kind((String) o[1]), false));
        jdbc.sql("""
                SELECT p.id, p.title FROM plan p
                WHERE NOT EXISTS (SELECT 1 FROM plan_profile f WHERE f.plan_id = p.id)""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
                .forEach(p -> jdbc.sql("INSERT INTO plan_profile (plan_id, plan_type) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(p[0], Prefectures.planType((String) p[1])).update());
    }

    /** Sets where a government is and what kind it is; {@code replace} false keeps a profile already set. */
    public void setOrganization(long organizationId, String prefecture, String kind, boolean replace) {
        jdbc.sql("INSERT INTO organization_profile (organization_id, prefecture, kind) VALUES (?, ?, ?) ON CONFLICT "
                + (replace ? "(organization_id) DO UPDATE SET prefecture = excluded.prefecture, kind = excluded.kind"
                        : "DO NOTHING"))
                .params(organizationId, prefecture, kind).update();
    }
}
