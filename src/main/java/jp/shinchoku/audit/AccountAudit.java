package jp.shinchoku.audit;

import jp.shinchoku.account.AccountChanged;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.AccountSummary;
import jp.shinchoku.account.ApiTokenChanged;
import jp.shinchoku.account.LoginFailed;
import jp.shinchoku.account.LoginSucceeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logins, refused logins, account changes and API tokens go into the audit log, under the account's organisation. */
@Component
class AccountAudit {

    private final AuditLog log;
    private final AccountService accounts;

    AccountAudit(AuditLog log, AccountService accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void on(LoginSucceeded e) {
        log.recordAlone(e.username(), organizationOf(e.username()), "login", "account " + e.username(), e.remoteAddress());
    }

    @EventListener
    void on(LoginFailed e) {
        log.recordAlone(e.username(), organizationOf(e.username()), "login-failed", "account " + e.username(),
                e.reason().name().toLowerCase() + " from " + e.remoteAddress());
    }

    @EventListener
    void on(AccountChanged e) {
        log.recordAlone(e.by(), organizationOf(e.username()), "account-" + e.change().name().toLowerCase(),
                "account " + e.username(), null);
    }

    /** Joins the transaction that made or revoked the token: both are kept or lost together. */
    @EventListener
    void on(ApiTokenChanged e) {
        log.recordAlone(e.by(), e.organizationId(), "api-token-" + e.change().name().toLowerCase(),
                "api-token " + e.tokenId(), e.username() + ": " + e.name());
    }

    private Long organizationOf(String username) {
        return accounts.find(username).map(AccountSummary::organizationId).orElse(null);
    }
}
