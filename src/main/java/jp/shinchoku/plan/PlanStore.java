package jp.shinchoku.plan;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinchoku.plan.document.Baseline;
import jp.shinchoku.plan.document.Contact;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.plan.document.Source;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps plans in PostgreSQL. Saving a plan that its organisation already has under the same title
 * replaces its tree and records a new revision; every revision is kept whole as a plan document.
 */
@Repository
public class PlanStore {

    private static final String HEADING = """
            SELECT p.id, p.organization_id, o.name AS organization, p.title, p.as_of, p.fiscal_years
            FROM plan p JOIN organization o ON o.id = p.organization_id""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public PlanStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores the document as a new plan, or as the next revision of the plan with its title. */
    @Transactional
    public SavedPlan save(PlanDocument document, String actor) {
        return save(document, actor, false);
    }

    /**
     * Stores the document as a new plan, or merges it into the plan with its title: sections,
     * initiatives and indicators found again keep their ids, others are added or removed, and every
     * initiative that changes gets a revision.
     *
     * @param replace whether values entered in the application may be overwritten; without it a
     *     document that would change one is refused with {@link EnteredValuesWouldChange}
     */
    @Transactional
    public SavedPlan save(PlanDocument document, String actor, boolean replace) {
        long organizationId = organizationId(document.organization());
        Optional<Long> existing = jdbc.sql("SELECT id FROM plan WHERE organization_id = ? AND title = ? FOR UPDATE")
                .params(organizationId, document.title()).query(Long.class).optional();
        InitiativeWriter writer = new InitiativeWriter(jdbc, organizationId);
        long planId;
        int revision;
        if (existing.isPresent()) {
            planId = existing.get();
            PlanMerge merge = new PlanMerge(jdbc, planId, writer, actor);
            List<EnteredValue> lost = merge.enteredValuesChangedBy(document);
            if (!lost.isEmpty() && !replace) {
                throw new EnteredValuesWouldChange(document.title(), lost);
            }
            revision = jdbc.sql("""
                    UPDATE plan SET as_of = ?, fiscal_years = ?, source_file = ?, source_layout = ?,
                           revision = revision + 1, updated_at = now()
                    WHERE id = ? RETURNING revision""")
                    .params(document.asOf(), InitiativeWriter.years(document.fiscalYears()), sourceFile(document),
                            sourceLayout(document), planId)
                    .query(Integer.class).single();
            jdbc.sql("DELETE FROM plan_text WHERE plan_id = ?").param(planId).update();
            writer.insertTexts("plan_text", "plan_id", planId, document.texts());
            merge.apply(document);
        } else {
            planId = jdbc.sql("""
                    INSERT INTO plan (organization_id, title, as_of, fiscal_years, source_file, source_layout)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(organizationId, document.title(), document.asOf(),
                            InitiativeWriter.years(document.fiscalYears()), sourceFile(document), sourceLayout(document))
                    .query(Long.class).single();
            revision = 1;
            writer.insertTexts("plan_text", "plan_id", planId, document.texts());
            new PlanMerge(jdbc, planId, writer, actor).apply(document);
        }
        jdbc.sql("""
                INSERT INTO plan_revision (plan_id, revision, actor, action, source_file, document)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)""")
                .params(planId, revision, actor, existing.isPresent() ? "reimport" : "import", sourceFile(document),
                        PlanDocumentJson.write(document))
                .update();
        events.publishEvent(new PlanStored(heading(planId).orElseThrow()));
        return new SavedPlan(planId, revision, existing.isEmpty());
    }

    public List<PlanSummary> list() {
        return jdbc.sql("""
                SELECT p.id, o.name AS organization, p.title, p.as_of, p.fiscal_years, p.revision, p.source_layout,
                       (SELECT count(*) FROM initiative i WHERE i.plan_id = p.id) AS initiatives,
                       (SELECT count(*) FROM indicator k JOIN initiative i ON i.id = k.initiative_id
                         WHERE i.plan_id = p.id) AS indicators
                FROM plan p JOIN organization o ON o.id = p.organization_id
                ORDER BY p.id""")
                .query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getString("organization"), rs.getString("title"),
                        rs.getObject("as_of", java.time.LocalDate.class), InitiativeWriter.years(rs.getArray("fiscal_years")),
                        rs.getInt("revision"), rs.getString("source_layout"), rs.getInt("initiatives"),
                        rs.getInt("indicators")))
                .list();
    }

    /**
     * A stamp per plan that changes whenever its stored content may have changed: an import bumps
     * the plan's revision, an edit an initiative's version, an addition or deletion their count.
     * One cheap query, for caches and the search index.
     */
    public Map<Long, String> contentStamps() {
        Map<Long, String> stamps = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.id, p.revision, coalesce(sum(i.version), 0) AS versions, count(i.id) AS initiatives
                FROM plan p LEFT JOIN initiative i ON i.plan_id = p.id GROUP BY p.id ORDER BY p.id""")
                .query(rs -> {
                    stamps.put(rs.getLong("id"), "r" + rs.getInt("revision") + ".v" + rs.getLong("versions") + ".n"
                            + rs.getLong("initiatives"));
                });
        return stamps;
    }

    /** The plan's heading: organisation, title, as-of date and years; empty when there is no such plan. */
    public Optional<PlanHeading> heading(long planId) {
        return jdbc.sql(HEADING + " WHERE p.id = ?").param(planId).query(PlanStore::heading).optional();
    }

    /** The heading of every stored plan, by id: for modules that keep a copy to check it against. */
    public List<PlanHeading> headings() {
        return jdbc.sql(HEADING + " ORDER BY p.id").query(PlanStore::heading).list();
    }

    private static PlanHeading heading(ResultSet rs, int n) throws SQLException {
        return new PlanHeading(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization"),
                rs.getString("title"), rs.getObject("as_of", java.time.LocalDate.class),
                InitiativeWriter.years(rs.getArray("fiscal_years")));
    }

    /** The organisation that holds the plan; empty when there is no such plan. */
    public Optional<Long> organizationOf(long planId) {
        return jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId).query(Long.class).optional();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single() == 0;
    }

    /** The plan as a plan document, read with one query per table. */
    @Transactional(readOnly = true)
    public Optional<PlanDocument> load(long planId) {
        return planRow(planId).map(p -> new PlanTree(jdbc, planId).document(p));
    }

    private Optional<PlanTree.PlanRow> planRow(long planId) {
        return jdbc.sql("""
                SELECT o.name AS organization, p.title, p.as_of, p.fiscal_years, p.source_file, p.source_layout
                FROM plan p JOIN organization o ON o.id = p.organization_id WHERE p.id = ?""")
                .param(planId)
                .query((rs, n) -> new PlanTree.PlanRow(rs.getString("organization"), rs.getString("title"),
                        rs.getObject("as_of", java.time.LocalDate.class), InitiativeWriter.years(rs.getArray("fiscal_years")),
                        rs.getString("source_file"), rs.getString("source_layout")))
                .optional();
    }

    /** The plan with the ids, versions and places of its sections and initiatives. */
    @Transactional(readOnly = true)
    public Optional<StoredPlan> loadStored(long planId) {
        Optional<PlanTree.PlanRow> plan = planRow(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        PlanTree tree = new PlanTree(jdbc, planId);
        PlanDocument document = tree.document(plan.get());
        long organizationId = organizationOf(planId).orElseThrow();
        return Optional.of(new StoredPlan(planId, organizationId, document, tree.sectionRefs, tree.stored));
    }

    /** Every stored version of a plan, oldest first. */
    public List<PlanRevision> revisions(long planId) {
        return jdbc.sql("""
                SELECT revision, recorded_at, actor, action, source_file FROM plan_revision
                WHERE plan_id = ? ORDER BY revision""")
                .param(planId)
                .query((rs, n) -> new PlanRevision(rs.getInt("revision"),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("action"), rs.getString("source_file")))
                .list();
    }

    /** The id of the organisation with this name, without registering it; empty when there is none. */
    public Optional<Long> findOrganization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = ?").param(name).query(Long.class).optional();
    }

    /** The name of the organisation with this id; empty when there is none. */
    public Optional<String> organizationName(long organizationId) {
        return jdbc.sql("SELECT name FROM organization WHERE id = ?").param(organizationId).query(String.class)
                .optional();
    }

    /** The organisation's id, registered on first use: plans and other records of it hang from this id. */
    public long organizationId(String name) {
        return jdbc.sql("""
                INSERT INTO organization (name) VALUES (?)
                ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id""")
                .param(name).query(Long.class).single();
    }

    private static String sourceFile(PlanDocument d) {
        return d.source() == null ? null : d.source().fileName();
    }

    private static String sourceLayout(PlanDocument d) {
        return d.source() == null ? null : d.source().layout();
    }
}
