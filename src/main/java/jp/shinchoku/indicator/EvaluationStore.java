package jp.shinchoku.indicator;

import java.util.HashMap;
import java.util.Map;
import jp.shinchoku.indicator.EvaluationInputs.DirectionOverride;
import jp.shinchoku.indicator.EvaluationInputs.IndicatorKey;
import jp.shinchoku.indicator.EvaluationInputs.YearKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Grade scales, hand-set directions and judgements; every decision is a new row, the newest in force.
 * Only this module reads it: other modules go through {@link EvaluationService}.
 */
@Repository
class EvaluationStore {

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's scale in force: its newest, or the default when it never set one. */
    GradeScale scale(long organizationId) {
        return jdbc.sql("""
                SELECT grade_a, grade_b, grade_c, roll_up FROM grading
                WHERE organization_id = ? ORDER BY id DESC LIMIT 1""")
                .param(organizationId)
                .query((rs, n) -> new GradeScale(rs.getBigDecimal("grade_a"), rs.getBigDecimal("grade_b"),
                        rs.getBigDecimal("grade_c"), GradeScale.RollUp.of(rs.getString("roll_up"))))
                .optional().orElse(GradeScale.DEFAULT);
    }

    /**
     * Sets an organisation's scale. Package-private on purpose: {@link EvaluationService#setScale} is
     * the only way in, and it writes the audit entry with the row.
     */
    void setScale(long organizationId, GradeScale scale, String setBy) {
        jdbc.sql("""
                INSERT INTO grading (organization_id, grade_a, grade_b, grade_c, roll_up, set_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(organizationId, scale.a(), scale.b(), scale.c(), scale.rollUp().name().toLowerCase(), setBy)
                .update();
    }

    public Map<IndicatorKey, DirectionOverride> directions(long planId) {
        Map<IndicatorKey, DirectionOverride> map = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (initiative_key, indicator_key) initiative_key, indicator_key, direction, reason, set_by
                FROM direction_override WHERE plan_id = ? ORDER BY initiative_key, indicator_key, id DESC""")
                .param(planId)
                .query(rs -> {
                    if (rs.getString("direction") != null) {
                        map.put(new IndicatorKey(rs.getString("initiative_key"), rs.getString("indicator_key")),
                                new DirectionOverride(Direction.of(rs.getString("direction")), rs.getString("reason"),
                                        rs.getString("set_by")));
                    }
                });
        return map;
    }

    /** Sets (or, with a null direction, withdraws) the direction of one indicator. */
    public void setDirection(long planId, IndicatorKey key, Direction direction, String reason, String setBy) {
        jdbc.sql("""
                INSERT INTO direction_override (plan_id, initiative_key, indicator_key, direction, reason, set_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(planId, key.initiative(), key.indicator(), direction == null ? null : direction.code(), reason, setBy)
                .update();
    }

    public Map<YearKey, Judgement> judgements(long planId) {
        Map<YearKey, Judgement> map = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (initiative_key, indicator_key, fiscal_year)
                       initiative_key, indicator_key, fiscal_year, grade, reason, judged_by
                FROM judgement WHERE plan_id = ? ORDER BY initiative_key, indicator_key, fiscal_year, id DESC""")
                .param(planId)
                .query(rs -> {
                    if (rs.getString("grade") != null) {
                        map.put(new YearKey(new IndicatorKey(rs.getString("initiative_key"), rs.getString("indicator_key")),
                                        rs.getInt("fiscal_year")),
                                new Judgement(Grade.valueOf(rs.getString("grade")), rs.getString("reason"),
                                        rs.getString("judged_by")));
                    }
                });
        return map;
    }

    /** Records (or, with a null grade, withdraws) a judgement of one fiscal year of one indicator. */
    public void judge(long planId, YearKey key, Grade grade, String reason, String judgedBy) {
        jdbc.sql("""
                INSERT INTO judgement (plan_id, initiative_key, indicator_key, fiscal_year, grade, reason, judged_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, key.indicator().initiative(), key.indicator().indicator(), key.fiscalYear(),
                        grade == null ? null : grade.name(), reason, judgedBy)
                .update();
    }
}
