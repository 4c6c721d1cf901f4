package jp.shinchoku.plan;

/**
 * One department of an organisation's registry with how much hangs on it: the initiatives it owns,
 * those it is related to, and the staff accounts that serve it.
 */
public record RegisteredDepartment(long id, long organizationId, String name, int owns, int relates, int accounts) {
}
