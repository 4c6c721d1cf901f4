package jp.shinchoku.round;

import java.util.Set;

/**
 * Where a department's task in a round stands. The transitions are the round's rules: a department
 * submits what it has not yet submitted (or what came back), a reviewer approves or returns what
 * was submitted, and nothing moves once approved.
 */
public enum TaskState {
    NOT_STARTED("未着手", "Not started"),
    IN_PROGRESS("作成中", "In progress"),
    SUBMITTED("提出済", "Submitted"),
    RETURNED("差戻し", "Returned"),
    APPROVED("承認済", "Approved");

    private final String japanese;
    private final String english;

    TaskState(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }

    public String code() {
        return name().toLowerCase();
    }

    public static TaskState of(String code) {
        return valueOf(code.toUpperCase());
    }

    /** The state after the department has worked on its initiatives. */
    public TaskState workedOn() {
        return this == NOT_STARTED ? IN_PROGRESS : this;
    }

    public TaskState submit() {
        return move(Set.of(NOT_STARTED, IN_PROGRESS, RETURNED), SUBMITTED, "submit");
    }

    public TaskState approve() {
        return move(Set.of(SUBMITTED), APPROVED, "approve");
    }

    public TaskState returnToDepartment() {
        return move(Set.of(SUBMITTED), RETURNED, "return");
    }

    /** Whether the department still owes its answer. */
    public boolean awaitsDepartment() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED;
    }

    private TaskState move(Set<TaskState> from, TaskState to, String action) {
        if (!from.contains(this)) {
            throw new IllegalTransition(this, action);
        }
        return to;
    }

    /** A step the task's state does not allow (approving twice, submitting what was approved). */
    public static class IllegalTransition extends RuntimeException {
        public IllegalTransition(TaskState state, String action) {
            super("「" + state.japanese + "」の照会は " + action + " できません (a task that is " + state.english
                    + " cannot be " + action + "ed)");
        }
    }
}
