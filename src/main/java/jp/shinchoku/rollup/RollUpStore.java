package jp.shinchoku.rollup;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.indicator.EvaluationService;
import jp.shinchoku.indicator.Grade;
import jp.shinchoku.indicator.RollUp;
import jp.shinchoku.plan.PlanHeading;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.snapshot.PublishedPlan;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the stored figures of a snapshot, and the rows the lists read: a government's name and
 * profile, a plan's heading, profile and latest snapshot, copied from their owners' events.
 */
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
        // an older snapshot recorded late never takes the place of a newer one
        jdbc.sql("""
                UPDATE plan_profile SET snapshot_id = ?, published_as_of = ?
                WHERE plan_id = ? AND (snapshot_id IS NULL OR snapshot_id <= ?)""")
                .params(snapshotId, published.snapshot().asOf(), planId, snapshotId).update();
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

    /**
     * The latest snapshot of each published plan whose figures are missing or that the lists do not
     * show yet: those published before the figures, or the copies, were kept.
     */
    public Map<Long, Long> latestWithoutFigures() {
        Map<Long, Long> missing = new HashMap<>(snapshots.latestSnapshotIds());
        List<Long> done = jdbc.sql("""
                SELECT f.snapshot_id FROM plan_profile f
                WHERE EXISTS (SELECT 1 FROM snapshot_rollup r WHERE r.snapshot_id = f.snapshot_id)""")
                .query(Long.class).list();
        missing.values().removeAll(done);
        return missing;
    }

    /**
     * Keeps the copy of the plan's heading that the lists show (the current names: a citizen looks a
     * government up by the name it has now), and gives a government or plan seen for the first time
     * a profile inferred from its name; a profile already there is kept.
     */
    public void keep(PlanHeading plan) {
        jdbc.sql("""
                INSERT INTO organization_profile (organization_id, name, prefecture, kind) VALUES (?, ?, ?, ?)
                ON CONFLICT (organization_id) DO UPDATE SET name = excluded.name""")
                .params(plan.organizationId(), plan.organization(), Prefectures.of(plan.organization()).orElse(null),
                        Prefectures.kind(plan.organization()))
                .update();
        jdbc.sql("""
                INSERT INTO plan_profile (plan_id, organization_id, title, as_of, fiscal_years, plan_type)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (plan_id) DO UPDATE SET organization_id = excluded.organization_id, title = excluded.title,
                    as_of = excluded.as_of, fiscal_years = excluded.fiscal_years""")
                .params(plan.id(), plan.organizationId(), plan.title(), plan.asOf(),
                        plan.fiscalYears().toArray(Integer[]::new), Prefectures.planType(plan.title()))
                .update();
    }

    /**
     * Brings the copies in line with the plans' owner, writing only what differs (a start with
     * nothing changed writes nothing, so other instances' page caches stay valid).
     */
    @Transactional
    public int keepAll(List<PlanHeading> plans) {
        Map<Long, PlanHeading> kept = new HashMap<>();
        jdbc.sql("""
                SELECT f.plan_id, f.organization_id, o.name, f.title, f.as_of, f.fiscal_years
                FROM plan_profile f JOIN organization_profile o ON o.organization_id = f.organization_id""")
                .query(rs -> {
                    Array years = rs.getArray("fiscal_years");
                    kept.put(rs.getLong("plan_id"), new PlanHeading(rs.getLong("plan_id"), rs.getLong("organization_id"),
                            rs.getString("name"), rs.getString("title"), rs.getObject("as_of", LocalDate.class),
                            years == null ? List.of() : Arrays.asList((Integer[]) years.getArray())));
                });
        List<PlanHeading> changed = plans.stream().filter(p -> !p.equals(kept.get(p.id()))).toList();
        changed.forEach(this::keep);
        return changed.size();
    }
}
