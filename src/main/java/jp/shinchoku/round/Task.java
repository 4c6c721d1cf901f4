package jp.shinchoku.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One department's part of a round: its state and, where it was returned, the reviewer's comment. */
public record Task(long id, long roundId, long departmentId, String department, TaskState state,
        OffsetDateTime updatedAt, String lastComment) {

    /** Past the deadline and the department has still not answered. */
    public boolean overdue(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline) && state.awaitsDepartment();
    }
}
