package jp.shinchoku.plan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lays a document over a stored plan: a section found again under the same parent (by label, or
 * title) and an initiative found again anywhere in the plan (by {@link Identity}) keep their ids;
 * what the document no longer has is removed, its last version kept in the initiative's history.
 */
final class PlanMerge {

    private final JdbcClient jdbc;
    private final long planId;
    private final InitiativeWriter writer;
    private final String actor;
    private final RevisionLog revisions;

    private final Map<Long, List<StoredSectionRow>> oldSections = new HashMap<>();
    private final Map<String, OldInitiative> oldInitiatives = new HashMap<>();
    private final Set<Long> keptSections = new HashSet<>();
    private final Set<Long> keptInitiatives = new HashSet<>();

    PlanMerge(JdbcClient jdbc, long planId, InitiativeWriter writer, String actor) {
        this.jdbc = jdbc;
        this.planId = planId;
        this.writer = writer;
        this.actor = actor;
        this.revisions = new RevisionLog(jdbc);
        jdbc.sql("SELECT id, parent_id, label, title FROM section WHERE plan_id = ? ORDER BY id").param(planId)
                .query(rs -> {
                    Long parent = rs.getObject("parent_id", Long.class);
                    oldSections.computeIfAbsent(parent == null ? 0L : parent, k -> new ArrayList<>())
                            .add(new StoredSectionRow(rs.getLong("id"), rs.getString("label"), rs.getString("title")));
                });
    }

    /** The values people entered that the document would change or drop. */
    List<EnteredValue> enteredValuesChangedBy(PlanDocument document) {
        Map<String, Initiative> incoming = new HashMap<>();
        document.allInitiatives().forEach(i -> incoming.put(Identity.initiativeKey(i), i));
        List<EnteredValue> changed = new ArrayList<>();
        jdbc.sql("""
                SELECT i.code, i.label AS initiative_label, i.title, k.label, k.name, v.fiscal_year, v.target_text,
                       v.actual_text, v.note, v.entered_by, v.entered_at
                FROM indicator_value v JOIN indicator k ON k.id = v.indicator_id JOIN initiative i ON i.id = k.initiative_id
                WHERE i.plan_id = ? AND v.entered_by IS NOT NULL ORDER BY i.id, k.position, v.fiscal_year""")
                .param(planId)
                .query(rs -> {
                    String initiativeKey = Identity.initiativeKey(rs.getString("code"), rs.getString("initiative_label"),
                            rs.getString("title"));
                    String indicatorKey = Identity.indicatorKey(rs.getString("label"), rs.getString("name"));
                    int year = rs.getInt("fiscal_year");
                    String stored = describe(rs.getString("target_text"), rs.getString("actual_text"), rs.getString("note"));
                    IndicatorValue now = incomingValue(incoming.get(initiativeKey), indicatorKey, year);
                    String imported = now == null ? null
                            : describe(InitiativeWriter.text(now.target()), InitiativeWriter.text(now.actual()), now.note());
                    if (!Objects.equals(stored, imported)) {
                        changed.add(new EnteredValue(initiativeKey, indicatorKey, year, stored, imported,
                                rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class)));
                    }
                });
        return changed;
    }

    private static IndicatorValue incomingValue(Initiative initiative, String indicatorKey, int year) {
        if (initiative == null) {
            return null;
        }
        return initiative.indicators().stream().filter(k -> Identity.indicatorKey(k).equals(indicatorKey)).findFirst()
                .map(k -> k.valueFor(year)).orElse(null);
    }

    private static String describe(String target, String actual, String note) {
        return "目標 " + (target == null ? "—" : target) + " / 実績 " + (actual == null ? "—" : actual)
                + (note == null ? "" : " / 備考 " + note);
    }

    void apply(PlanDocument document) {
        Map<Long, Initiative> before = new HashMap<>();
        jdbc.sql("SELECT id, code, label, title FROM initiative WHERE plan_id = ?").param(planId).query(rs -> {
            oldInitiatives.put(Identity.initiativeKey(rs.getString("code"), rs.getString("label"), rs.getString("title")),
                    new OldInitiative(rs.getLong("id")));
        });
        if (!oldInitiatives.isEmpty()) {
            new PlanTree(jdbc, planId).initiatives().forEach(s -> before.put(s.id(), s.content()));
        }
        int position = 0;
        for (Section section : document.sections()) {
            mergeSection(null, position++, section);
        }
        Map<Long, Initiative> after = new HashMap<>();
        new PlanTree(jdbc, planId).initiatives().forEach(s -> after.put(s.id(), s.content()));
        after.forEach((id, content) -> {
            Initiative old = before.get(id);
            if (old == null) {
                revisions.record(planId, id, actor, "import", null, content);
            } else if (!old.equals(content)) {
                revisions.record(planId, id, actor, "reimport", null, content);
            } else {
                // unchanged: the writer bumped the version, put it back so that open forms stay valid
                jdbc.sql("UPDATE initiative SET version = version - 1 WHERE id = ?").param(id).update();
            }
        });
        for (OldInitiative old : oldInitiatives.values()) {
            if (!keptInitiatives.contains(old.id())) {
                revisions.record(planId, old.id(), actor, "delete", "取り込んだ文書にない (not in the imported document)",
                        before.get(old.id()));
                jdbc.sql("DELETE FROM initiative WHERE id = ?").param(old.id()).update();
            }
        }
        oldSections.values().stream().flatMap(List::stream).filter(s -> !keptSections.contains(s.id()))
                .forEach(s -> jdbc.sql("DELETE FROM section WHERE id = ?").param(s.id()).update());
    }

    private void mergeSection(Long parentId, int position, Section section) {
        Long id = oldSections.getOrDefault(parentId == null ? 0L : parentId, List.of()).stream()
                .filter(s -> !keptSections.contains(s.id()) && s.sameAs(section)).map(StoredSectionRow::id).findFirst()
                .orElse(null);
        if (id == null) {
            id = jdbc.sql("INSERT INTO section (plan_id, parent_id, position, label, title) VALUES (?, ?, ?, ?, ?) RETURNING id")
                    .params(planId, parentId, position, section.label(), section.title()).query(Long.class).single();
        } else {
            jdbc.sql("UPDATE section SET position = ?, label = ?, title = ? WHERE id = ?")
                    .params(position, section.label(), section.title(), id).update();
            jdbc.sql("DELETE FROM section_text WHERE section_id = ?").param(id).update();
        }
        keptSections.add(id);
        writer.insertTexts("section_text", "section_id", id, section.texts());
        int child = 0;
        for (Section sub : section.sections()) {
            mergeSection(id, child++, sub);
        }
        int index = 0;
        for (Initiative initiative : section.initiatives()) {
            OldInitiative old = oldInitiatives.get(Identity.initiativeKey(initiative));
            if (old == null || keptInitiatives.contains(old.id())) {
                writer.insert(planId, id, index, initiative, null);
            } else {
                writer.update(old.id(), id, index, initiative, null);
                keptInitiatives.add(old.id());
            }
            index++;
        }
    }

    private record StoredSectionRow(long id, String label, String title) {
        boolean sameAs(Section s) {
            return label != null ? label.equals(s.label()) : Objects.equals(title, s.title());
        }
    }

    private record OldInitiative(long id) {
    }
}
