package jp.shinchoku.value;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words of an actual cell say about the outcome: that it did not happen (未実施,
 * 導入に至らず, 見込みなし), that it is still under way (調整中, 検討中), or that the figure is a
 * projection rather than a result (見込み, 速報値, 暫定, 申請中). Each answer is the word found, so
 * that the reason shown to a reader can quote it.
 */
public final class Wording {

    /**
     * Negations. 未 starts a negated word (未実施, 未導入) except in nouns that merely start with it
     * (未来, 未満, 未就学児, 未然, 未収金, 未納, 未利用地, 未成年, 未経験者, 未婚, 未病); なし and 無し
     * negate only after an outcome (見込みなし), since 遅延なし and 問題なし are good news.
     */
    private static final Pattern NEGATION = Pattern.compile(
            "未(?!来|満|就学|然|収|納|利用|成年|経験|婚|病)\\p{IsHan}+|至らず|至らなかった|至っていない|できなかった|出来なかった|できず|出来ず"
                    + "|なかった|ていない|ておらず|されず|行わず|中止|見送|延期|断念|取りやめ|取り止め"
                    + "|(?:見込み?|実績|実施|導入|進捗|成果|開催|締結|予定|完了|達成)(?:は|が)?(?:なし|無し|ない)");
    /** The work is going on but not done. */
    private static final Pattern IN_PROGRESS = Pattern.compile(
            "(調整|検討|準備|協議|作業|進行|手続き?|取組み?|対応|構築|整備|実施)中|予定");
    /** Work aimed at the outcome (運用開始に向けた準備): weaker than the words above, so looked for after them. */
    private static final Pattern TOWARD = Pattern.compile("に向け[てた]");
    /** A figure that is not yet a result. */
    private static final Pattern PROJECTION = Pattern.compile("見込み?|見通し|速報値?|暫定|申請中|推計|概算");

    private Wording() {
    }

    /** The negation in the text (未実施, 至らず, 見込みなし …), if it says the outcome did not happen. */
    public static Optional<String> negation(String text) {
        return find(NEGATION, text);
    }

    /** The word saying the work is under way but not done (調整中, 検討中, 予定, に向けて), if any. */
    public static Optional<String> inProgress(String text) {
        return find(IN_PROGRESS, text).or(() -> find(TOWARD, text));
    }

    /**
     * The word saying the cell is a projection or a preliminary figure (見込み, 速報値, 暫定,
     * 申請中), if any. A negated projection (見込みなし) is not one: it says the outcome will not come.
     */
    public static Optional<String> projection(String text) {
        if (negation(text).isPresent()) {
            return Optional.empty();
        }
        return find(PROJECTION, text);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(CellReader.normalize(text).replace(" ", ""));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
