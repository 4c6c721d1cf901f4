package jp.shinchoku.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one plan's rows, one query per table, and assembles the document, noting each row's id. */
final class PlanTree {

    record PlanRow(String organization, String title, java.time.LocalDate asOf, List<Integer> fiscalYears,
            String sourceFile, String sourceLayout) {
    }

    private record SectionRow(long id, Long parentId, String label, String title) {
    }

    private final long planId;
    private final JdbcClient jdbc;
    final List<StoredInitiative> stored = new ArrayList<>();
    final List<StoredSection> sectionRefs = new ArrayList<>();

    PlanTree(JdbcClient jdbc, long planId) {
        this.jdbc = jdbc;
        this.planId = planId;
    }

    /** The initiatives of the plan with their ids, in no particular order. */
    List<StoredInitiative> initiatives() {
        return InitiativeReader.ofPlan(jdbc, planId).read();
    }

    PlanDocument document(PlanRow p) {
        List<SectionRow> sections = jdbc.sql("""
                SELECT id, parent_id, label, title FROM section WHERE plan_id = ? ORDER BY parent_id NULLS FIRST, position""")
                .param(planId)
                .query((rs, n) -> new SectionRow(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                        rs.getString("label"), rs.getString("title")))
                .list();
        Map<Long, List<LabeledText>> sectionTexts = new HashMap<>();
        jdbc.sql("""
                SELECT t.section_id, t.label, t.body FROM section_text t JOIN section s ON s.id = t.section_id
                WHERE s.plan_id = ? ORDER BY t.section_id, t.position""")
                .param(planId)
                .query(rs -> {
                    sectionTexts.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                            .add(new LabeledText(rs.getString("label"), rs.getString("body")));
                });
        Map<Long, List<Initiative>> bySection = new HashMap<>();
        for (StoredInitiative i : initiatives()) {
            bySection.computeIfAbsent(i.sectionId(), k -> new ArrayList<>()).add(i.content());
            stored.add(i);
        }
        sections.forEach(x -> sectionRefs.add(new StoredSection(x.id(), x.parentId(), x.label(), x.title())));
        Map<Long, List<SectionRow>> children = new LinkedHashMap<>();
        List<SectionRow> roots = new ArrayList<>();
        for (SectionRow s : sections) {
            if (s.parentId() == null) {
                roots.add(s);
            } else {
                children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<LabeledText> planTexts = jdbc.sql("SELECT label, body FROM plan_text WHERE plan_id = ? ORDER BY position")
                .param(planId).query((rs, n) -> new LabeledText(rs.getString("label"), rs.getString("body"))).list();
        return new PlanDocument(PlanDocument.FORMAT, p.organization(), p.title(), p.asOf(), p.fiscalYears(),
                p.sourceLayout() == null && p.sourceFile() == null ? null : new Source(p.sourceFile(), p.sourceLayout()),
                planTexts, roots.stream().map(s -> build(s, children, bySection, sectionTexts)).toList());
    }

    private Section build(SectionRow s, Map<Long, List<SectionRow>> children, Map<Long, List<Initiative>> initiatives,
            Map<Long, List<LabeledText>> texts) {
        return new Section(s.label(), s.title(), texts.getOrDefault(s.id(), List.of()),
                children.getOrDefault(s.id(), List.of()).stream().map(c -> build(c, children, initiatives, texts)).toList(),
                initiatives.getOrDefault(s.id(), List.of()));
    }
}
