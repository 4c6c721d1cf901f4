package jp.shinchoku.staff;

import java.util.List;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.round.Notices;
import org.springframework.stereotype.Component;

/**
 * Mails the round's notices to the accounts that act on them. It lives here, not in the account
 * module, because the round module already depends (through the audit log) on accounts.
 */
@Component
final class AccountRecipients implements Notices.Recipients {

    private final AccountService accounts;

    AccountRecipients(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<String> addresses(long organizationId, Long departmentId) {
        return accounts.mailAddresses(organizationId, departmentId);
    }
}
