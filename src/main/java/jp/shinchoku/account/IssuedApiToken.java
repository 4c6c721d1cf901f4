package jp.shinchoku.account;

/** A token just made: {@code secret} is the only copy there will ever be, to be shown once. */
public record IssuedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token + ", secret hidden]";
    }
}
