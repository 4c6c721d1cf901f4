package jp.shinchoku.staff;

import jp.shinchoku.account.StaffUser;
import jp.shinchoku.editing.Actor;
import jp.shinchoku.editing.Actor.Authority;

/**
 * The logged-in account (by session or API token) as the rules of editing and rounds see it: one
 * mapping, used by every staff screen, the API's writes and the command line acting as a named account.
 */
public final class StaffActors {

    private StaffActors() {
    }

    public static Actor of(StaffUser user) {
        Authority authority = switch (user.role()) {
            case SYSTEM_ADMIN -> Authority.SYSTEM;
            case ORG_ADMIN -> Authority.ORGANIZATION;
            case REVIEWER -> Authority.REVIEWER;
            case DEPARTMENT_EDITOR -> Authority.DEPARTMENT;
            case VIEWER -> Authority.VIEWER;
        };
        return new Actor(user.username(), authority, user.organizationId(), user.departmentIds());
    }
}
