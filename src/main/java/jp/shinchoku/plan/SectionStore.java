package jp.shinchoku.plan;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A plan's sections, one at a time: add, rename, move under another parent, delete when empty. */
@Repository
public class SectionStore {

    private final JdbcClient jdbc;

    public SectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan a section belongs to. */
    public Optional<Long> planOf(long sectionId) {
        return jdbc.sql("SELECT plan_id FROM section WHERE id = ?").param(sectionId).query(Long.class).optional();
    }

    @Transactional
    public long add(long planId, Long parentId, String label, String title) {
        int position = jdbc.sql("SELECT coalesce(max(position), -1) + 1 FROM section WHERE plan_id = ? AND parent_id IS NOT DISTINCT FROM ?")
                .params(planId, parentId).query(Integer.class).single();
        return jdbc.sql("INSERT INTO section (plan_id, parent_id, position, label, title) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(planId, parentId, position, label, title).query(Long.class).single();
    }

    @Transactional
    public void rename(long sectionId, String label, String title) {
        jdbc.sql("UPDATE section SET label = ?, title = ? WHERE id = ?").params(label, title, sectionId).update();
    }

    /** Whether {@code candidate} is {@code sectionId} or lies below it: a section cannot move under itself. */
    public boolean isWithin(long candidate, long sectionId) {
        return jdbc.sql("""
                WITH RECURSIVE below(id) AS (SELECT ?::bigint UNION ALL
                  SELECT s.id FROM section s JOIN below b ON s.parent_id = b.id)
                SELECT count(*) FROM below WHERE id = ?""").params(sectionId, candidate).query(Long.class).single() > 0;
    }

    @Transactional
    public void move(long sectionId, Long parentId) {
        long planId = planOf(sectionId).orElseThrow();
        int position = jdbc.sql("SELECT coalesce(max(position), -1) + 1 FROM section WHERE plan_id = ? AND parent_id IS NOT DISTINCT FROM ?")
                .params(planId, parentId).query(Integer.class).single();
        jdbc.sql("UPDATE section SET parent_id = ?, position = ? WHERE id = ?").params(parentId, position, sectionId).update();
    }

    /** Whether the section holds nothing: no initiative and no section below it. */
    public boolean isEmpty(long sectionId) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM initiative WHERE section_id = ?) + (SELECT count(*) FROM section WHERE parent_id = ?)""")
                .params(sectionId, sectionId).query(Long.class).single() == 0;
    }

    @Transactional
    public void delete(long sectionId) {
        jdbc.sql("DELETE FROM section_text WHERE section_id = ?").param(sectionId).update();
        jdbc.sql("DELETE FROM section WHERE id = ?").param(sectionId).update();
    }
}
