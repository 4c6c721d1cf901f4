package jp.shinchoku.editing;

/** The changes to an organisation's department registry, applied by {@link DepartmentEditing}. */
public final class DepartmentCommands {

    private DepartmentCommands() {
    }

    /**
     * A new name for a department. {@code organizationId}, when given, is the organisation the form
     * was shown for: a department of another organisation is refused rather than renamed.
     */
    public record RenameDepartment(Long organizationId, long departmentId, String newName) {
    }

    /** Everything that refers to {@code fromId} moves to {@code intoId}, then {@code fromId} is gone. */
    public record MergeDepartments(long fromId, long intoId) {
    }
}
