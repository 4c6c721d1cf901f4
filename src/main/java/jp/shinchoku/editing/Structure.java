package jp.shinchoku.editing;

import java.util.List;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.Invalid.Problem;
import jp.shinchoku.plan.PlanStore;
import jp.shinchoku.plan.SectionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's structure: adding, renaming, moving and deleting sections. Only the planning division
 * changes it; a section is deleted only when nothing is left in it, so no initiative is lost by it.
 */
@Service
public class Structure {

    public record AddSection(long planId, Long parentId, String label, String title) {
    }

    public record RenameSection(long sectionId, String label, String title) {
    }

    public record MoveSection(long sectionId, Long parentId) {
    }

    public record DeleteSection(long sectionId) {
    }

    private final SectionStore sections;
    private final AuditLog audit;
    private final PlanStore plans;

    public Structure(SectionStore sections, AuditLog audit, PlanStore plans) {
        this.sections = sections;
        this.audit = audit;
        this.plans = plans;
    }

    @Transactional
    public long addSection(Actor actor, AddSection command) {
        long organization = organizationOfPlan(command.planId());
        requireManage(actor, organization);
        if (command.parentId() != null && !sections.planOf(command.parentId()).map(p -> p == command.planId()).orElse(false)) {
            throw new Invalid(List.of(new Problem("parentId", "invalid.noSuchSection")));
        }
        requireTitle(command.label(), command.title());
        long id = sections.add(command.planId(), command.parentId(), blankToNull(command.label()), blankToNull(command.title()));
        audit.record(actor.name(), organization, "add-section", "section " + id, describe(command.label(), command.title()));
        return id;
    }

    @Transactional
    public void renameSection(Actor actor, RenameSection command) {
        long planId = planOf(command.sectionId());
        long organization = organizationOfPlan(planId);
        requireManage(actor, organization);
        requireTitle(command.label(), command.title());
        sections.rename(command.sectionId(), blankToNull(command.label()), blankToNull(command.title()));
        audit.record(actor.name(), organization, "rename-section", "section " + command.sectionId(),
                describe(command.label(), command.title()));
    }

    @Transactional
    public void moveSection(Actor actor, MoveSection command) {
        long planId = planOf(command.sectionId());
        long organization = organizationOfPlan(planId);
        requireManage(actor, organization);
        if (command.parentId() != null && (!sections.planOf(command.parentId()).map(p -> p == planId).orElse(false)
                || sections.isWithin(command.parentId(), command.sectionId()))) {
            throw new Invalid(List.of(new Problem("parentId", "invalid.sectionUnderItself")));
        }
        sections.move(command.sectionId(), command.parentId());
        audit.record(actor.name(), organization, "move-section", "section " + command.sectionId(),
                command.parentId() == null ? "top" : "under section " + command.parentId());
    }

    @Transactional
    public void deleteSection(Actor actor, DeleteSection command) {
        long planId = planOf(command.sectionId());
        long organization = organizationOfPlan(planId);
        requireManage(actor, organization);
        if (!sections.isEmpty(command.sectionId())) {
            throw new Invalid(List.of(new Problem("sectionId", "invalid.sectionNotEmpty")));
        }
        sections.delete(command.sectionId());
        audit.record(actor.name(), organization, "delete-section", "section " + command.sectionId(), null);
    }

    private long planOf(long sectionId) {
        return sections.planOf(sectionId)
                .orElseThrow(() -> new Invalid(List.of(new Problem("sectionId", "invalid.noSuchSection"))));
    }

    private long organizationOfPlan(long planId) {
        return plans.organizationOf(planId).orElseThrow(() -> new Invalid(List.of(new Problem("planId", "invalid.noSuchPlan", planId))));
    }

    private static void requireManage(Actor actor, long organization) {
        if (!actor.mayManage(organization)) {
            throw new Forbidden(actor, "計画の構成の変更 (change the plan's structure)");
        }
    }

    private static void requireTitle(String label, String title) {
        if (blankToNull(label) == null && blankToNull(title) == null) {
            throw new Invalid(List.of(new Problem("title", "invalid.required")));
        }
    }

    private static String describe(String label, String title) {
        return (label == null ? "" : label.strip() + " ") + (title == null ? "" : title.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
