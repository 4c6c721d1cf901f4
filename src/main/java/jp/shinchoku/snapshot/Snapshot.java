package jp.shinchoku.snapshot;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A published report of a plan as of a date (without its document, for lists). */
public record Snapshot(long id, long planId, LocalDate asOf, String title, OffsetDateTime publishedAt,
        String publishedBy, Long roundId) {
}
