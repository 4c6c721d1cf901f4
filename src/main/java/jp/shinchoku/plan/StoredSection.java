package jp.shinchoku.plan;

/** A section as stored: its id and its parent's (null at the top). */
public record StoredSection(long id, Long parentId, String label, String title) {
}
