package jp.shinchoku.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a staff member is there to do. Every role but the system administrator's belongs to one
 * organization; only department editors serve departments.
 */
public enum Role {
    /** Runs the installation: every organization, every account. */
    SYSTEM_ADMIN,
    /** The planning division of one organization (計画担当): its plans, rounds and accounts. */
    ORG_ADMIN,
    /** Checks what departments submit (審査担当). */
    REVIEWER,
    /** Fills in the initiatives owned by the departments it serves (所管課担当). */
    DEPARTMENT_EDITOR,
    /** Reads its organization's plans, unpublished ones included (閲覧者). */
    VIEWER;

    /** The key of the role's name in messages*.properties, e.g. {@code role.ORG_ADMIN}. */
    public String messageKey() {
        return "role." + name();
    }

    /** The spelling used on the command line: {@code org-admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean belongsToOrganization() {
        return this != SYSTEM_ADMIN;
    }

    public boolean servesDepartments() {
        return this == DEPARTMENT_EDITOR;
    }

    /** Reads {@code org-admin}, {@code ORG_ADMIN} or {@code org_admin}. */
    public static Role of(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role \"" + text + "\"; the roles are "
                        + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "))));
    }
}
