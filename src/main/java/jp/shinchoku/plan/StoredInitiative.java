package jp.shinchoku.plan;

import jp.shinchoku.plan.document.Initiative;

/** An initiative as stored: its id, plan, section, place, version (for optimistic locking) and content. */
public record StoredInitiative(long id, long planId, long sectionId, int position, int version, Initiative content) {
}
