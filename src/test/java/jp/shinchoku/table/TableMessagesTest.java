package jp.shinchoku.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.shinchoku.support.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every message the table reading can produce is in Japanese and in English, and what the screens
 * say never sends a person to the command line. The codes come from the enums themselves, so a
 * message added there without its words fails here.
 */
class TableMessagesTest {

    private static final Properties JAPANESE = MessageBundles.JAPANESE;
    private static final Properties ENGLISH = MessageBundles.ENGLISH;

    private static Set<String> codes() {
        return Stream.concat(Arrays.stream(TableMessage.values()).map(TableMessage::code),
                Arrays.stream(TableFix.values()).map(TableFix::code)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyReasonAndProblemCodeHasAJapaneseAndAnEnglishMessage() {
        assertThat(codes()).hasSize(TableMessage.values().length + TableFix.values().length);
        for (String code : codes()) {
            assertThat(JAPANESE.getProperty(code)).as("messages_ja.properties: " + code).isNotBlank();
            assertThat(ENGLISH.getProperty(code)).as("messages.properties: " + code).isNotBlank();
        }
    }

    @Test
    void theJapaneseAndTheEnglishOfACodeTakeTheSameArguments() {
        for (String code : codes()) {
            assertThat(MessageBundles.placeholders(JAPANESE.getProperty(code))).as(code).isEqualTo(MessageBundles.placeholders(ENGLISH.getProperty(code)));
        }
    }

    @Test
    void noTableMessageIsLeftInTheFilesWithoutACode() {
        for (Properties messages : new Properties[] {JAPANESE, ENGLISH}) {
            assertThat(messages.stringPropertyNames().stream().filter(k -> k.startsWith("table.")))
                    .allSatisfy(key -> assertThat(codes()).contains(key));
        }
    }

    @Test
    void whatTheScreensSayNamesNoCommandLineOption() {
        for (String code : codes()) {
            assertThat(JAPANESE.getProperty(code)).as(code).doesNotContain("--");
            assertThat(ENGLISH.getProperty(code)).as(code).doesNotContain("--");
        }
    }

    @Test
    void theCommandLineSaysAProblemInEnglishWithItsOwnWayToFixIt() {
        Reason reason = Reason.of(TableMessage.HEADER_NOT_UNDERSTOOD, "補正値", TableFix.SAY_WHAT_IT_HOLDS);

        assertThat(reason.english()).isEqualTo("header 「補正値」 not understood: its cells hold values, but it names no "
                + "fiscal year and no 目標 / 実績; say what it holds with --mapping");
        assertThat(reason.at("kpi.csv", 1, "4")).hasToString("kpi.csv:1:4: " + reason.english());
    }

    @Test
    void aReasonWithinAReasonAndAnApostropheAreSaidWhole() {
        Reason level = Reason.of(TableMessage.LEVEL, "主な取組");

        assertThat(Reason.of(TableMessage.INNERMOST_LEVEL, level).english())
                .isEqualTo("「主な取組」: a level of the plan; the innermost level, so the initiative");
        assertThat(Reason.of(TableMessage.UNIT, "単位").english()).isEqualTo("「単位」: the indicator's unit");
    }
}
