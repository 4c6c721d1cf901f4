package jp.shinchoku.account;

import java.util.Arrays;

/**
 * A request about accounts that cannot be carried out as asked: an unknown organization, a taken
 * username, a password that breaks the policy. Nothing was changed. The message is a key of
 * messages*.properties with its arguments, so that screens show it in the visitor's language and
 * the command line in English.
 */
public class AccountException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public AccountException(String code, Object... arguments) {
        super(code + Arrays.toString(arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
