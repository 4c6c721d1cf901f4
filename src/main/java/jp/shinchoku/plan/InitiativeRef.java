package jp.shinchoku.plan;

/** Where a stored initiative is and which version it is at, without its content: one row, cheap to read. */
public record InitiativeRef(long id, long planId, String key, int version) {
}
