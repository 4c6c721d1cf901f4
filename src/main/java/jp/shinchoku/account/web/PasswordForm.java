package jp.shinchoku.account.web;

/** The change-password form; nothing of it is ever shown back. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
}
