package jp.shinchoku.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A reporting round (照会) of one plan. */
public record Round(long id, long planId, long organizationId, String title, LocalDate asOf, LocalDate deadline,
        int fiscalYear, String state, String openedBy, OffsetDateTime openedAt, Long publishedSnapshotId) {

    public boolean isOpen() {
        return state.equals("open");
    }
}
