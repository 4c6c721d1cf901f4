package jp.shinchoku.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Wording;

/**
 * A target in words against its actual. The year is achieved on its own only when the actual
 * states the target as done and nothing in it says otherwise; where the words make the outcome
 * plain but not certain, the rule proposes a grade for a person to confirm.
 *
 * <ol>
 * <li>a negation (未実施, 導入に至らず, 見込みなし, 延期 …) → proposal D;</li>
 * <li>work under way (調整中, 検討中, 予定), unless the target itself is that work → proposal D;</li>
 * <li>the actual says the same, contains the target, is a part of it, or says 完了 / 達成 /
 *     実施済 / 済み → achieved, A;</li>
 * <li>a count of zero (協定締結数0件) → proposal D;</li>
 * <li>the actual restates the target's last action as done (マニュアル作成 → マニュアルを作成し、…)
 *     → proposal A;</li>
 * <li>otherwise pending, with no proposal.</li>
 * </ol>
 */
final class WordOutcome {

    private static final Pattern DONE = Pattern.compile("(?<!未)(完了|達成|実施済|済み)");
    /** Actions a target in words asks for; the last one in the target is the one that counts. */
    private static final Pattern ACTION = Pattern.compile("作成|実施|策定|構築|導入|整備|開始|締結|運用|検討|見直し|修正"
            + "|設置|開催|選定|移行|更新|公開|改定|制定|配布|周知|検証|出席|参加|取得|設定|発行|提出|整理|編成|活用|調査|分析");
    /** What may follow an action in the actual for it to read as done: 作成し、 / 修正を行った / 実施できる / 研修実施. */
    private static final Pattern DONE_AFTER = Pattern.compile(
            "^(?:$|。|し|を?行っ|を?実施し|済|でき|完了|[・、][^。]*?(?:行った|した|実施した))");

    private WordOutcome() {
    }

    /** What the words say: achieved (with why), a proposal (grade and why), or nothing either way. */
    sealed interface Outcome {
    }

    record Achieved(String basis) implements Outcome {
    }

    record Proposed(Grade grade, String reason) implements Outcome {
    }

    record Undecided() implements Outcome {
    }

    /**
     * @param target the target's words
     * @param actual the actual's words
     * @param zeroCount true when the actual is a count of zero
     */
    static Outcome of(String target, String actual, boolean zeroCount) {
        String t = compact(target);
        String a = compact(actual);
        Optional<String> negation = Wording.negation(actual);
        if (negation.isPresent()) {
            return new Proposed(Grade.D, "実績に「" + negation.get() + "」: 目標の状態に至っていない");
        }
        Optional<String> underWay = Wording.inProgress(actual).filter(w -> !t.contains(w.replace("中", "")));
        if (underWay.isPresent()) {
            return new Proposed(Grade.D, "実績に「" + underWay.get() + "」: まだ完了していない");
        }
        if (a.equals(t)) {
            return new Achieved("実績が目標と同じ記述");
        }
        if (t.length() >= 2 && a.contains(t)) {
            return new Achieved("実績が目標の記述を含む");
        }
        if (a.length() >= 4 && t.contains(a)) {
            return new Achieved("実績が目標の記述の一部と一致");
        }
        Matcher done = DONE.matcher(a);
        if (done.find()) {
            return new Achieved("実績に「" + done.group(1) + "」と記載");
        }
        if (zeroCount) {
            return new Proposed(Grade.D, "実績が0: 目標の取組が行われていない");
        }
        String action = lastAction(t);
        if (action != null && statesDone(CellReader.normalize(actual).replaceAll("\\s", ""), action)) {
            return new Proposed(Grade.A, "実績が目標の「" + action + "」を行ったと記載");
        }
        return new Undecided();
    }

    private static String lastAction(String target) {
        Matcher m = ACTION.matcher(target);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    private static boolean statesDone(String actual, String action) {
        int from = actual.indexOf(action);
        while (from >= 0) {
            if (DONE_AFTER.matcher(actual.substring(from + action.length())).find()) {
                return true;
            }
            from = actual.indexOf(action, from + 1);
        }
        return false;
    }

    /** The words without the spaces a PDF leaves where it wrapped a line, nor punctuation. */
    private static String compact(String text) {
        return CellReader.normalize(text).replaceAll("[\\s。、.]", "");
    }
}
