package jp.shinchoku.support;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.DepartmentCommands.MergeDepartments;
import jp.shinchoku.editing.DepartmentCommands.RenameDepartment;
import jp.shinchoku.editing.DepartmentEditing;
import jp.shinchoku.importer.ImportService;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.snapshot.SnapshotService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 木更津市's DX plan (seed 003) alone on an emptied database, published as of 2023-09-01 (令和5年度
 * 予算時): the report in which the registry's renames and merges are then looked for. In it
 * 情報経営課 owns 01-05, 01-11, 02-02, 02-03, 03-04, 03-05, 03-07 and 04-02, 産業振興課 owns 01-01,
 * 康推進課 (a misspelling) owns 01-07 and 健康推進課 owns 01-16.
 */
public final class PublishedDxPlan {

    public static final List<String> JOHO_KEIEI = List.of("01-05", "01-11", "02-02", "02-03", "03-04", "03-05", "03-07",
            "04-02");

    private final SnapshotService snapshots;
    private final DepartmentEditing editing;
    private final DepartmentStore departments;
    private final Actor planner = Actor.system("kikaku");
    private final long planId;
    private final long organizationId;

    private PublishedDxPlan(ApplicationContext context, long planId, long organizationId) {
        this.snapshots = context.getBean(SnapshotService.class);
        this.editing = context.getBean(DepartmentEditing.class);
        this.departments = context.getBean(DepartmentStore.class);
        this.planId = planId;
        this.organizationId = organizationId;
    }

    public static PublishedDxPlan publish(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        TestDatabase.empty(jdbc);
        long planId = context.getBean(ImportService.class).store(List.of(seed()), "test").get(0).planId();
        long organizationId = jdbc.sql("SELECT organization_id FROM plan WHERE id = ?").param(planId)
                .query(Long.class).single();
        PublishedDxPlan plan = new PublishedDxPlan(context, planId, organizationId);
        plan.snapshots.publish(Actor.system("test"), planId, LocalDate.of(2023, 9, 1), "令和5年度 予算時", null);
        return plan;
    }

    /** The seed as read, before anything was renamed. */
    public static PlanDocument seed() {
        return SeedDocuments.all().get(3);
    }

    public long planId() {
        return planId;
    }

    public long organizationId() {
        return organizationId;
    }

    /** The id of the department that bears the name now. */
    public long department(String name) {
        return departments.named(organizationId, name).orElseThrow();
    }

    /** The planning division renames the department. */
    public void rename(String from, String to) {
        editing.rename(planner, new RenameDepartment(organizationId, department(from), to));
    }

    /** The planning division merges the department {@code from} into {@code into}. */
    public void merge(String from, String into) {
        editing.merge(planner, new MergeDepartments(department(from), department(into)));
    }

    /** The plan published again, as of 2024-09-01 (令和6年度 予算時), with the registry's names of now. */
    public void publishAgain() {
        snapshots.publish(Actor.system("test"), planId, LocalDate.of(2024, 9, 1), "令和6年度 予算時", null);
    }
}
