package jp.shinchoku.account;

import java.util.List;

/**
 * An account to create, as a form or the command line gives it: organization and departments by
 * name (a department's name is unique within its organization).
 *
 * @param organization       null for a system administrator
 * @param departments        only for a department editor, who needs at least one
 * @param mustChangePassword whether the password is a one-time one that its owner must replace
 * @param email              where notices are mailed; null or blank for none
 */
public record NewAccount(String username, Role role, String organization, List<String> departments, String password,
        boolean mustChangePassword, String email) {

    public NewAccount {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** An account without a mail address. */
    public NewAccount(String username, Role role, String organization, List<String> departments, String password,
            boolean mustChangePassword) {
        this(username, role, organization, departments, password, mustChangePassword, null);
    }
}
