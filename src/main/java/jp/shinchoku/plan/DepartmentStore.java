package jp.shinchoku.plan;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department registry of each organisation: listing it, renaming a department and merging one
 * department into another. Initiatives name their departments through the registry, so a rename or
 * merge changes every initiative that names the department; each of them gets a revision. The
 * rules (who may, which names are allowed) are the editing module's; this class only writes.
 * Every name a department bore is kept ({@link #history}): the database dates each rename, and a
 * merge hands the merged department's names on to the one it is merged into.
 */
@Repository
public class DepartmentStore {

    private final JdbcClient jdbc;
    private final InitiativeStore initiatives;

    public DepartmentStore(JdbcClient jdbc, InitiativeStore initiatives) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
    }

    /** The organisation's departments by name, with their counts. */
    public List<RegisteredDepartment> list(long organizationId) {
        return jdbc.sql("""
                SELECT d.id, d.organization_id, d.name,
                       (SELECT count(DISTINCT initiative_id) FROM initiative_department x
                         WHERE x.department_id = d.id AND x.role = 'owner') AS owns,
                       (SELECT count(DISTINCT initiative_id) FROM initiative_department x
                         WHERE x.department_id = d.id AND x.role = 'related') AS relates,
                       (SELECT count(*) FROM account_department a WHERE a.department_id = d.id) AS accounts
                FROM department d WHERE d.organization_id = ? ORDER BY d.name, d.id""")
                .param(organizationId).query((rs, n) -> new RegisteredDepartment(rs.getLong("id"),
                        rs.getLong("organization_id"), rs.getString("name"), rs.getInt("owns"), rs.getInt("relates"),
                        rs.getInt("accounts")))
                .list();
    }

    public Optional<RegisteredDepartment> find(long departmentId) {
        return jdbc.sql("SELECT organization_id FROM department WHERE id = ?").param(departmentId).query(Long.class)
                .optional().flatMap(org -> list(org).stream().filter(d -> d.id() == departmentId).findFirst());
    }

    /** Every organisation with a registry, by name: the system administrator chooses among them. */
    public List<Organization> organizations() {
        return jdbc.sql("SELECT id, name FROM organization ORDER BY name")
                .query((rs, n) -> new Organization(rs.getLong("id"), rs.getString("name"))).list();
    }

    public record Organization(long id, String name) {
    }

    /** Every name the organisation's departments have borne (see {@link DepartmentHistory}). */
    public DepartmentHistory history(long organizationId) {
        return new DepartmentHistory(jdbc.sql("""
                SELECT n.department_id, n.name, n.valid_from, n.valid_until, n.merged
                FROM department_name n JOIN department d ON d.id = n.department_id
                WHERE d.organization_id = ? ORDER BY n.department_id, n.valid_from NULLS FIRST, n.id""")
                .param(organizationId)
                .query((rs, n) -> new DepartmentName(rs.getLong("department_id"), rs.getString("name"),
                        rs.getObject("valid_from", OffsetDateTime.class), rs.getObject("valid_until", OffsetDateTime.class),
                        rs.getBoolean("merged")))
                .list());
    }

    /**
     * For every plan, a stamp that changes whenever a department of its organisation is created,
     * renamed or merged into another: what the plan's published names mean now may then have
     * changed. Each of those adds a name or hands a department's names on, so counting suffices.
     */
    public Map<Long, String> namingStamps() {
        Map<Long, String> stamps = new HashMap<>();
        jdbc.sql("""
                SELECT p.id, coalesce(s.names, 0) AS names, coalesce(s.departments, 0) AS departments,
                       coalesce(s.last, 0) AS last
                FROM plan p LEFT JOIN (
                    SELECT d.organization_id, count(*) AS names, count(DISTINCT n.department_id) AS departments,
                           max(n.id) AS last
                    FROM department_name n JOIN department d ON d.id = n.department_id GROUP BY d.organization_id
                ) s ON s.organization_id = p.organization_id""")
                .query(rs -> {
                    stamps.put(rs.getLong("id"), "n" + rs.getLong("names") + ".d" + rs.getLong("departments") + ".l"
                            + rs.getLong("last"));
                });
        return stamps;
    }

    /** The department of the organisation with exactly this name. */
    public Optional<Long> named(long organizationId, String name) {
        return jdbc.sql("SELECT id FROM department WHERE organization_id = ? AND name = ?").params(organizationId, name)
                .query(Long.class).optional();
    }

    /**
     * Gives the department a new name (which no other department of its organisation has) and
     * records a revision of every initiative that names it; returns those initiatives' ids.
     */
    @Transactional
    public List<Long> rename(long departmentId, String newName, String actor) {
        List<Long> affected = initiativesNaming(departmentId);
        String old = jdbc.sql("SELECT name FROM department WHERE id = ? FOR UPDATE").param(departmentId)
                .query(String.class).single();
        jdbc.sql("UPDATE department SET name = ? WHERE id = ?").params(newName, departmentId).update();
        initiatives.recordRevisions(affected, actor, "rename-department", old + " → " + newName);
        return affected;
    }

    /**
     * Moves everything that refers to department {@code fromId} onto {@code intoId} of the same
     * organisation and deletes {@code fromId}; returns the initiatives that changed, each with a
     * new revision.
     *
     * <p>An initiative that already names {@code intoId} in the same role keeps that one entry; one
     * that would name it both as owner and as related keeps it as owner only, since the owner is the
     * stronger tie. A round task of {@code fromId} in a round where {@code intoId} has a task too is
     * folded into {@code intoId}'s task: its steps (the history of submissions and returns) move
     * onto that task, whose state stays as it is, and the task of {@code fromId} is deleted. The
     * names {@code fromId} bore become former names of {@code intoId}, marked as merged.
     */
    @Transactional
    public List<Long> merge(long fromId, long intoId, String actor) {
        List<String> names = jdbc.sql("SELECT name FROM department WHERE id IN (?, ?) ORDER BY id = ? DESC FOR UPDATE")
                .params(fromId, intoId, fromId).query(String.class).list();
        List<Long> affected = initiativesNaming(fromId);
        // the same role twice: keep the entry of the department merged into
        jdbc.sql("""
                DELETE FROM initiative_department a WHERE a.department_id = ? AND EXISTS (
                    SELECT 1 FROM initiative_department b
                    WHERE b.initiative_id = a.initiative_id AND b.role = a.role AND b.department_id = ?)""")
                .params(fromId, intoId).update();
        jdbc.sql("UPDATE initiative_department SET department_id = ? WHERE department_id = ?").params(intoId, fromId)
                .update();
        // owner and related at once: owner wins
        jdbc.sql("""
                DELETE FROM initiative_department r WHERE r.department_id = ? AND r.role = 'related' AND EXISTS (
                    SELECT 1 FROM initiative_department o
                    WHERE o.initiative_id = r.initiative_id AND o.role = 'owner' AND o.department_id = ?)""")
                .params(intoId, intoId).update();
        jdbc.sql("UPDATE contact SET department_id = ? WHERE department_id = ?").params(intoId, fromId).update();
        jdbc.sql("""
                DELETE FROM account_department a WHERE a.department_id = ? AND EXISTS (
                    SELECT 1 FROM account_department b WHERE b.account_id = a.account_id AND b.department_id = ?)""")
                .params(fromId, intoId).update();
        jdbc.sql("UPDATE account_department SET department_id = ? WHERE department_id = ?").params(intoId, fromId)
                .update();
        jdbc.sql("""
                UPDATE round_step s SET task_id = b.id
                FROM round_task a JOIN round_task b ON b.round_id = a.round_id AND b.department_id = ?
                WHERE s.task_id = a.id AND a.department_id = ?""").params(intoId, fromId).update();
        jdbc.sql("""
                DELETE FROM round_task a WHERE a.department_id = ? AND EXISTS (
                    SELECT 1 FROM round_task b WHERE b.round_id = a.round_id AND b.department_id = ?)""")
                .params(fromId, intoId).update();
        jdbc.sql("UPDATE round_task SET department_id = ? WHERE department_id = ?").params(intoId, fromId).update();
        jdbc.sql("UPDATE notice SET department_id = ? WHERE department_id = ?").params(intoId, fromId).update();
        // the reports published before still name fromId: its names become intoId's, ended now
        jdbc.sql("""
                UPDATE department_name SET department_id = ?, merged = true,
                       valid_until = coalesce(valid_until, clock_timestamp())
                WHERE department_id = ?""").params(intoId, fromId).update();
        jdbc.sql("DELETE FROM department WHERE id = ?").param(fromId).update();
        initiatives.recordRevisions(affected, actor, "merge-department", names.get(0) + " → " + names.get(1));
        return affected;
    }

    private List<Long> initiativesNaming(long departmentId) {
        return jdbc.sql("""
                SELECT initiative_id FROM initiative_department WHERE department_id = ?
                UNION SELECT initiative_id FROM contact WHERE department_id = ?
                ORDER BY 1""").params(departmentId, departmentId).query(Long.class).list();
    }
}
