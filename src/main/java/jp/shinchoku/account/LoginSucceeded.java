package jp.shinchoku.account;

/** Someone logged in; published after the session has been made. */
public record LoginSucceeded(String username, String remoteAddress) {
}
