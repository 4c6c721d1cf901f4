package jp.shinchoku.editing;

import java.util.List;

/**
 * A department was renamed ({@code intoId} null) or merged into {@code intoId}; the initiatives
 * listed changed with it and each has a new revision.
 */
public record DepartmentsChanged(long organizationId, long departmentId, Long intoId, List<Long> initiativeIds,
        String actor, String action) {
    public DepartmentsChanged {
        initiativeIds = List.copyOf(initiativeIds);
    }
}
