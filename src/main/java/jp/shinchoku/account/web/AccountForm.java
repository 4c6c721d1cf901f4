package jp.shinchoku.account.web;

import java.util.List;
import jp.shinchoku.account.NewAccount;
import jp.shinchoku.account.Role;

/**
 * The add-account form. The password typed here is a one-time one: its owner must change it at
 * the first login.
 */
record AccountForm(String username, String role, String organization, List<String> departments, String password,
        String email) {

    AccountForm {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    static AccountForm empty() {
        return new AccountForm("", "", "", List.of(), "", "");
    }

    /**
     * The account asked for; with no organization posted, an org admin's own. Another organization
     * is passed on as posted, for the service to refuse.
     */
    NewAccount toNewAccount(String defaultOrganization) {
        Role r = role == null || role.isBlank() ? null : Role.of(role);
        String org = (organization == null || organization.isBlank()) ? defaultOrganization : organization;
        return new NewAccount(username, r, org, departments, password, true, email);
    }

    /** What is shown again after an error: everything but the password. */
    AccountForm withoutPassword() {
        return new AccountForm(username, role, organization, departments, "", email);
    }
}
