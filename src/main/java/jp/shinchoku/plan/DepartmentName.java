package jp.shinchoku.plan;

import java.time.OffsetDateTime;

/**
 * A name a department has borne: from {@code validFrom} (null: since before names were kept) until
 * {@code validUntil} (null: it is the department's name now). {@code merged} when the name was
 * another department's, merged into this one.
 */
public record DepartmentName(long departmentId, String name, OffsetDateTime validFrom, OffsetDateTime validUntil,
        boolean merged) {

    /** Whether the department bore the name at {@code at}; null means now. */
    public boolean borneAt(OffsetDateTime at) {
        if (at == null) {
            return validUntil == null;
        }
        return (validFrom == null || !validFrom.isAfter(at)) && (validUntil == null || at.isBefore(validUntil));
    }
}
