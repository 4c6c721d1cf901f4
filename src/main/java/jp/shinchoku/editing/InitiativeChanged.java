package jp.shinchoku.editing;

/** An initiative was changed in the application (after its transaction commits, listeners learn of it). */
public record InitiativeChanged(long planId, long initiativeId, int version, String actor, String action) {
}
