package jp.shinchoku.account.internal;

import java.security.SecureRandom;
import java.util.List;
import jp.shinchoku.account.AccountChanged;
import jp.shinchoku.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a server's first start there is nobody to log in as: with
 * {@code shinchoku.accounts.first-admin-on-start} (which {@code shinchoku serve} sets) and no
 * account at all, this creates the system administrator {@code admin} with a random one-time
 * password, shown once in the log, which must be changed at the first login.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    // no 0/O, 1/l/I: the password is read off a console and typed
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final boolean onStart;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(AccountStore store, PasswordEncoder passwords, ApplicationEventPublisher events,
            TransactionTemplate transactions, @Value("${shinchoku.accounts.first-admin-on-start:false}") boolean onStart) {
        this.transactions = transactions;
        this.store = store;
        this.passwords = passwords;
        this.events = events;
        this.onStart = onStart;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (onStart) {
            createIfNoAccount();
        }
    }

    /** Creates {@code admin} when there is no account; returns its one-time password, or null when nothing was done. */
    String createIfNoAccount() {
        return transactions.execute(status -> create());
    }

    private String create() {
        if (!store.isEmpty()) {
            return null;
        }
        String password = randomPassword();
        // another instance starting on the same database at the same moment may win; then it prints, not us
        if (store.insert(USERNAME, passwords.encode(password), Role.SYSTEM_ADMIN, null, true, List.of(), null).isEmpty()) {
            return null;
        }
        events.publishEvent(new AccountChanged(USERNAME, AccountChanged.Change.CREATED, "system"));
        log.warn("初回起動: システム管理者 {} を作成しました / First start: created the system administrator '{}'."
                + " 初期パスワード / one-time password: {} （この一度だけ表示。最初のログインで変更してください"
                + " / shown only this once; it must be changed at the first login）", USERNAME, USERNAME, password);
        return password;
    }

    private String randomPassword() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
