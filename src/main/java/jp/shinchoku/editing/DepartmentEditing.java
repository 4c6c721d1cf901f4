package jp.shinchoku.editing;

import java.util.List;
import jp.shinchoku.audit.AuditLog;
import jp.shinchoku.editing.DepartmentCommands.MergeDepartments;
import jp.shinchoku.editing.DepartmentCommands.RenameDepartment;
import jp.shinchoku.editing.Invalid.Problem;
import jp.shinchoku.plan.DepartmentStore;
import jp.shinchoku.plan.RegisteredDepartment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department registry's commands, under the same pattern as {@link EditingService}: authorize
 * (the planning division of the organisation, or the system), validate, write (the store records a
 * revision of every initiative that names the department), audit, publish
 * {@link DepartmentsChanged}.
 */
@Service
public class DepartmentEditing {

    static final int MAX_NAME = 200;

    private final DepartmentStore departments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public DepartmentEditing(DepartmentStore departments, AuditLog audit, ApplicationEventPublisher events) {
        this.departments = departments;
        this.audit = audit;
        this.events = events;
    }

    /** The organisation's registry, for those who may change it. */
    @Transactional(readOnly = true)
    public List<RegisteredDepartment> registry(Actor actor, long organizationId) {
        if (!actor.mayManage(organizationId)) {
            throw new Forbidden(actor, "担当課の管理 (manage departments)");
        }
        return departments.list(organizationId);
    }

    @Transactional
    public List<Long> rename(Actor actor, RenameDepartment command) {
        RegisteredDepartment department = existing("departmentId", command.departmentId());
        requireManage(actor, department);
        if (command.organizationId() != null && command.organizationId() != department.organizationId()) {
            throw new Invalid(List.of(new Problem("departmentId", "invalid.noSuchDepartment", command.departmentId())));
        }
        // registry names carry no spaces: the importers remove those that line wrapping put in
        String name = command.newName() == null ? "" : command.newName().replaceAll("\\s+", "");
        if (name.isEmpty()) {
            throw new Invalid(List.of(new Problem("newName", "invalid.required")));
        }
        if (name.length() > MAX_NAME) {
            throw new Invalid(List.of(new Problem("newName", "invalid.tooLong", MAX_NAME)));
        }
        if (name.equals(department.name())) {
            throw new Invalid(List.of(new Problem("newName", "invalid.sameDepartmentName", name)));
        }
        if (departments.named(department.organizationId(), name).isPresent()) {
            throw new Invalid(List.of(new Problem("newName", "invalid.departmentNameTaken", name)));
        }
        List<Long> changed = departments.rename(department.id(), name, actor.name());
        audit.record(actor.name(), department.organizationId(), "rename-department", "department " + department.id(),
                department.name() + " → " + name + " (" + changed.size() + " 取組 / initiatives)");
        events.publishEvent(new DepartmentsChanged(department.organizationId(), department.id(), null, changed,
                actor.name(), "rename-department"));
        return changed;
    }

    @Transactional
    public List<Long> merge(Actor actor, MergeDepartments command) {
        checkMerge(actor, command);
        RegisteredDepartment from = existing("fromId", command.fromId());
        RegisteredDepartment into = existing("intoId", command.intoId());
        List<Long> changed = departments.merge(from.id(), into.id(), actor.name());
        audit.record(actor.name(), from.organizationId(), "merge-department", "department " + from.id(),
                from.name() + " → " + into.name() + " (department " + into.id() + ", " + changed.size()
                        + " 取組 / initiatives)");
        events.publishEvent(new DepartmentsChanged(from.organizationId(), from.id(), into.id(), changed, actor.name(),
                "merge-department"));
        return changed;
    }

    /** Whether the merge would be allowed, without making it: a screen asks before its confirmation step. */
    @Transactional(readOnly = true)
    public void checkMerge(Actor actor, MergeDepartments command) {
        RegisteredDepartment from = existing("fromId", command.fromId());
        RegisteredDepartment into = existing("intoId", command.intoId());
        requireManage(actor, from);
        requireManage(actor, into);
        if (from.id() == into.id()) {
            throw new Invalid(List.of(new Problem("intoId", "invalid.mergeIntoItself", from.name())));
        }
        if (from.organizationId() != into.organizationId()) {
            throw new Invalid(List.of(new Problem("intoId", "invalid.mergeAcrossOrganizations", from.name(), into.name())));
        }
    }

    private RegisteredDepartment existing(String field, long id) {
        return departments.find(id).orElseThrow(() -> new Invalid(List.of(new Problem(field, "invalid.noSuchDepartment", id))));
    }

    private static void requireManage(Actor actor, RegisteredDepartment department) {
        if (!actor.mayManage(department.organizationId())) {
            throw new Forbidden(actor, "担当課の名前の変更・統合 (rename or merge departments)");
        }
    }
}
