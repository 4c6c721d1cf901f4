package jp.shinchoku.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggestionsTest {

    @Test
    void aNameMissingOneCharacterSuggestsTheFullOne() {
        assertThat(NameSuggestions.closest("康推進課", List.of("総務課", "健康推進課", "情報政策課"))).isEqualTo("健康推進課");
    }

    @Test
    void closerNamesComeFirstAndUnrelatedOnesAreLeftOut() {
        // 千葉市 shares 3 of 3 characters with 千葉市 and 2 of 3 with 千葉県; 木更津市 shares only 市 (1 of 4)
        assertThat(NameSuggestions.closest("千葉市", List.of("木更津市", "千葉県", "千葉市"))).isEqualTo("千葉市、千葉県");
    }

    @Test
    void nothingCloseIsADash() {
        assertThat(NameSuggestions.closest("東京都", List.of("木更津市", "千葉県"))).isEqualTo("-");
    }
}
