package jp.shinchoku.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The round's tables. */
@Repository
class RoundStore {

    private static final String ROUND = """
            SELECT id, plan_id, organization_id, title, as_of, deadline, fiscal_year, state, opened_by, opened_at,
                   published_snapshot_id FROM round""";

    private static final String TASK = """
            SELECT t.id, t.round_id, t.department_id, d.name AS department, t.state, t.updated_at,
                   (SELECT s.comment FROM round_step s WHERE s.task_id = t.id AND s.action = 'return'
                    ORDER BY s.id DESC LIMIT 1) AS last_comment
            FROM round_task t JOIN department d ON d.id = t.department_id""";

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(long planId, long organizationId, RoundCommands.OpenRound open, int fiscalYear, String actor) {
        return jdbc.sql("""
                INSERT INTO round (plan_id, organization_id, title, as_of, deadline, fiscal_year, state, opened_by)
                VALUES (?, ?, ?, ?, ?, ?, 'open', ?) RETURNING id""")
                .params(planId, organizationId, open.title().strip(), open.asOf(), open.deadline(), fiscalYear, actor)
                .query(Long.class).single();
    }

    /** The departments that own at least one initiative of the plan: the ones a round asks. */
    List<Long> owningDepartments(long planId) {
        return jdbc.sql("""
                SELECT DISTINCT x.department_id FROM initiative_department x JOIN initiative i ON i.id = x.initiative_id
                WHERE i.plan_id = ? AND x.role = 'owner' ORDER BY x.department_id""")
                .param(planId).query(Long.class).list();
    }

    long insertTask(long roundId, long departmentId) {
        return jdbc.sql("INSERT INTO round_task (round_id, department_id, state) VALUES (?, ?, 'not_started') RETURNING id")
                .params(roundId, departmentId).query(Long.class).single();
    }

    Optional<Round> round(long roundId) {
        return jdbc.sql(ROUND + " WHERE id = ?").param(roundId).query(RoundStore::round).optional();
    }

    Optional<Round> openRoundOf(long planId) {
        return jdbc.sql(ROUND + " WHERE plan_id = ? AND state = 'open'").param(planId).query(RoundStore::round)
                .optional();
    }

    List<Round> rounds(Long organizationId) {
        return jdbc.sql(ROUND + " WHERE (CAST(? AS bigint) IS NULL OR organization_id = ?) ORDER BY id DESC")
                .params(organizationId, organizationId).query(RoundStore::round).list();
    }

    /** Open rounds whose deadline is {@code days} away or nearer and that have not sent their reminder. */
    List<Round> dueForReminder(LocalDate today, int days) {
        return jdbc.sql(ROUND + " WHERE state = 'open' AND reminded_at IS NULL AND deadline - ? <= ? AND deadline >= ?")
                .params(days, today, today).query(RoundStore::round).list();
    }

    /** Claims the round's reminder; false when another instance of the application sent it already. */
    boolean claimReminder(long roundId) {
        return jdbc.sql("UPDATE round SET reminded_at = now() WHERE id = ? AND reminded_at IS NULL").param(roundId)
                .update() == 1;
    }

    void markPublished(long roundId, long snapshotId) {
        jdbc.sql("UPDATE round SET state = 'published', published_snapshot_id = ? WHERE id = ?")
                .params(snapshotId, roundId).update();
    }

    Optional<Task> task(long taskId) {
        return jdbc.sql(TASK + " WHERE t.id = ?").param(taskId).query(RoundStore::task).optional();
    }

    /** The task locked for a change of state, so two reviewers cannot both act on it. */
    Optional<Task> lockTask(long taskId) {
        jdbc.sql("SELECT id FROM round_task WHERE id = ? FOR UPDATE").param(taskId).query(Long.class).optional();
        return task(taskId);
    }

    List<Task> tasks(long roundId) {
        return jdbc.sql(TASK + " WHERE t.round_id = ? ORDER BY d.name").param(roundId).query(RoundStore::task).list();
    }

    Optional<Task> taskOf(long roundId, long departmentId) {
        return jdbc.sql(TASK + " WHERE t.round_id = ? AND t.department_id = ?").params(roundId, departmentId)
                .query(RoundStore::task).optional();
    }

    void moveTask(long taskId, TaskState state, String actor, String action, String comment) {
        jdbc.sql("UPDATE round_task SET state = ?, updated_at = now() WHERE id = ?").params(state.code(), taskId).update();
        jdbc.sql("INSERT INTO round_step (task_id, actor, action, comment) VALUES (?, ?, ?, ?)")
                .params(taskId, actor, action, comment).update();
    }

    List<TaskStep> steps(long taskId) {
        return jdbc.sql("SELECT recorded_at, actor, action, comment FROM round_step WHERE task_id = ? ORDER BY id")
                .param(taskId)
                .query((rs, n) -> new TaskStep(rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("action"), rs.getString("comment")))
                .list();
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("organization_id"), rs.getString("title"),
                rs.getObject("as_of", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getInt("fiscal_year"), rs.getString("state"), rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("published_snapshot_id", Long.class));
    }

    private static Task task(ResultSet rs, int n) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("department_id"), rs.getString("department"),
                TaskState.of(rs.getString("state")), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("last_comment"));
    }
}
