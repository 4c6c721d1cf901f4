package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shinchoku.support.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every problem the seed layouts and the plan documents can give is in Japanese and in English, and
 * the command line still prints the English it printed before the problems had codes. The codes
 * come from the enum itself, so a problem added there without its words fails here.
 */
class ImportMessagesTest {

    private static Set<String> codes() {
        return Arrays.stream(ImportMessage.values()).map(ImportMessage::code).collect(Collectors.toSet());
    }

    @Test
    void everyImportProblemCodeHasAJapaneseAndAnEnglishMessage() {
        assertThat(codes()).hasSize(ImportMessage.values().length);
        for (String code : codes()) {
            assertThat(MessageBundles.JAPANESE.getProperty(code)).as("messages_ja.properties: " + code).isNotBlank();
            assertThat(MessageBundles.ENGLISH.getProperty(code)).as("messages.properties: " + code).isNotBlank();
        }
    }

    @Test
    void theJapaneseAndTheEnglishOfACodeTakeTheSameArgumentsSaveTheValidatorsWordsAndARepeatedTitle() {
        for (ImportMessage message : ImportMessage.values()) {
            Set<String> japanese = MessageBundles.placeholders(MessageBundles.JAPANESE.getProperty(message.code()));
            Set<String> english = MessageBundles.placeholders(MessageBundles.ENGLISH.getProperty(message.code()));
            if (message == ImportMessage.INVALID_DOCUMENT) {
                assertThat(japanese).containsExactly("{0}", "{2}");
                assertThat(english).containsExactly("{0}", "{1}");
            } else if (message == ImportMessage.DOUBLED_INITIATIVE) {
                // the command line prints the English in brackets after the Japanese, which names the title already
                assertThat(japanese).containsExactly("{0}", "{1}", "{2}", "{3}");
                assertThat(english).containsExactly("{0}", "{2}", "{3}");
            } else {
                assertThat(japanese).as(message.code()).isEqualTo(english);
            }
        }
    }

    @Test
    void noImportProblemIsLeftInTheFilesWithoutACode() {
        for (var messages : new java.util.Properties[] {MessageBundles.JAPANESE, MessageBundles.ENGLISH}) {
            assertThat(messages.stringPropertyNames().stream().filter(k -> k.startsWith("import.problem.")))
                    .allSatisfy(key -> assertThat(codes()).contains(key));
        }
    }

    @Test
    void whatTheScreensSayNamesNoCommandLineOption() {
        for (String code : codes()) {
            assertThat(MessageBundles.JAPANESE.getProperty(code)).as(code).doesNotContain("--");
            assertThat(MessageBundles.ENGLISH.getProperty(code)).as(code).doesNotContain("--");
        }
    }

    @Test
    void theCommandLineSaysAProblemInEnglishAfterItsFileAndLine() {
        ImportProblem problem = SourceText.of("progress.txt", "").problem(3, ImportMessage.PROGRESS_NOT_A_DATE, "令和7年2月30日");

        assertThat(problem).hasToString("progress.txt:3: '令和7年2月30日' is not a calendar date");
        assertThat(BundledMessages.japanese(problem.localized())).isEqualTo("「令和7年2月30日」は暦にない日付です");
    }

    @Test
    void aSheetNamedWithinAProblemIsSaidInTheProblemsLanguage() {
        Said problem = ImportMessage.PREFECTURE_NO_ROW.with(ImportMessage.PREFECTURE_SHEET_AT_LINE.with("12"), "14", "目標");

        assertThat(problem.english()).isEqualTo("the sheet at line 12 (line 14) has no 目標 row: it is not a complete 取組シート");
        assertThat(BundledMessages.japanese(problem)).isEqualTo("12 行目のシート（14 行目）に 目標 の行がありません。取組シートとして完全ではありません");
    }

    @Test
    void aSecondInitiativeIsStillSaidInJapaneseWithTheEnglishInBracketsOnTheCommandLine() {
        Said doubled = ImportMessage.DOUBLED_INITIATIVE.with("20", "介護保険施設等の計画的な整備", "77", "87");

        assertThat(BundledMessages.japanese(doubled)).isEqualTo("取組「20 介護保険施設等の計画的な整備」が重複しています。77 行目と 87 行目");
        assertThat(doubled.english()).isEqualTo("initiative 20 appears twice, at lines 77 and 87; a plan may hold each initiative once");
    }

    @Test
    void theLayoutsAFileIsNoneOfAreSaidInJapaneseOnTheScreensAndInTheEnglishTheCommandLinePrintedBefore() {
        PlanReader reader = new PlanReader(List.of(new PlanDocumentImporter(), new KisarazuDxPolicySheetImporter()));
        ImportProblem problem = refused(reader, SourceText.of("minutes.txt", "議事録\n出席者\t5名\n"));

        assertThat(problem).hasToString("minutes.txt:1: unknown layout: this document is none of the layouts Shinchoku"
                + " reads: shinchoku/plan-v1 (Shinchoku plan document (JSON, written by shinchoku export));"
                + " kisarazu-dx-policy-sheet (木更津市 DX 施策シート (施策ID・成果目標))");
        assertThat(BundledMessages.japanese(problem.localized())).isEqualTo("読める様式のどれにも当たらない文書です。読める様式: "
                + "shinchoku/plan-v1 (Shinchoku の計画文書（JSON。shinchoku export で書き出したもの）)、"
                + "kisarazu-dx-policy-sheet (木更津市 DX 施策シート (施策ID・成果目標))");
    }

    @Test
    void theLayoutsAFileLooksLikeAreJoinedAsEachLanguageJoinsAList() {
        PlanReader reader = new PlanReader(List.of(new TakesAnything("first"), new TakesAnything("second"),
                new TakesAnything("third")));
        ImportProblem problem = refused(reader, SourceText.of("both.txt", "何でも\n"));

        assertThat(problem).hasToString("both.txt:1: ambiguous layout: the document looks like first and second and third");
        assertThat(BundledMessages.japanese(problem.localized()))
                .isEqualTo("様式を一つに決められません。first、second、third のどれにも見えます");
    }

    private static ImportProblem refused(PlanReader reader, SourceText source) {
        try {
            reader.detect(source);
        } catch (ImportException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("the reader took " + source.fileName());
    }

    /** A layout that recognises every file, so that several of them find one file ambiguous. */
    private record TakesAnything(String layout) implements PlanImporter {

        @Override
        public String description() {
            return "any file";
        }

        @Override
        public boolean recognizes(SourceText source) {
            return true;
        }

        @Override
        public jp.shinchoku.plan.document.PlanDocument read(SourceText source) {
            throw new UnsupportedOperationException("only recognises");
        }
    }
}
