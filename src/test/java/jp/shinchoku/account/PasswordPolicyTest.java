package jp.shinchoku.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static void refused(String username, String password, String code) {
        assertThatThrownBy(() -> PasswordPolicy.check(username, password))
                .isInstanceOfSatisfying(AccountException.class, e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        refused("sato", "abcdefghijk", "password.error.tooShort");
        assertThatCode(() -> PasswordPolicy.check("sato", "abcdefghijkl")).doesNotThrowAnyException();
    }

    @Test
    void japaneseCharactersCountOneEach() {
        // 11 kana are 33 bytes in UTF-8 but still too few; 12 are enough
        refused("sato", "あいうえおかきくけこさ", "password.error.tooShort");
        assertThatCode(() -> PasswordPolicy.check("sato", "あいうえおかきくけこさし")).doesNotThrowAnyException();
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertThatCode(() -> PasswordPolicy.check("sato", "x".repeat(128))).doesNotThrowAnyException();
        refused("sato", "x".repeat(129), "password.error.tooLong");
    }

    @Test
    void aPasswordContainingTheUsernameInAnyCaseIsRefused() {
        refused("Sato", "my-sato-password", "password.error.containsUsername");
        refused("sato", "MY-SATO-PASSWORD", "password.error.containsUsername");
    }

    @Test
    void missingOrBlankPasswordsAreRefused() {
        refused("sato", null, "password.error.tooShort");
        refused("sato", " ".repeat(12), "password.error.blank");
    }
}
