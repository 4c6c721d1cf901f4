package jp.shinchoku.indicator;

import static jp.shinchoku.indicator.Cells.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.shinchoku.indicator.EvaluationInputs.IndicatorKey;
import jp.shinchoku.indicator.EvaluationInputs.YearKey;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Evaluation.Proposal;
import org.junit.jupiter.api.Test;

/** Targets in words, with constructed cells: what is achieved, what is proposed, what waits. */
class WordOutcomeTest {

    private static void proposed(Evaluation e, String grade, String reason) {
        assertThat(e.grade()).as("a proposal is not a grade").isNull();
        assertThat(e.label()).isEqualTo("—");
        assertThat(e.status()).isEqualTo("pending");
        assertThat(e.proposal()).isEqualTo(new Proposal(grade, Grade.valueOf(grade).label(), "proposed", reason));
    }

    private static void achieved(Evaluation e, String basis) {
        assertThat(e.grade()).isEqualTo("A");
        assertThat(e.status()).isEqualTo("achieved");
        assertThat(e.rate()).isNull();
        assertThat(e.basis()).isEqualTo(basis);
        assertThat(e.proposal()).isNull();
    }

    @Test
    void aNegatedActualIsNeverAchievedThoughItContainsTheTargetsWords() {
        proposed(words("実施", "未実施"), "D", "実績に「未実施」: 目標の状態に至っていない");
        proposed(words("システム導入", "システム導入に至らず"), "D", "実績に「至らず」: 目標の状態に至っていない");
        proposed(words("運用開始", "検討中（完了見込みなし）"), "D", "実績に「見込みなし」: 目標の状態に至っていない");
        proposed(words("研修実施", "研修実施を延期"), "D", "実績に「延期」: 目標の状態に至っていない");
        proposed(words("整備完了", "整備完了できなかった"), "D", "実績に「できなかった」: 目標の状態に至っていない");
    }

    @Test
    void workStillUnderWayIsProposedAsNotAchieved() {
        proposed(words("一部運用(契約検査課にて運用)", "運用に向けて調整中"), "D", "実績に「調整中」: まだ完了していない");
        proposed(words("システム導入", "導入を検討中"), "D", "実績に「検討中」: まだ完了していない");
        proposed(words("条例改正", "令和7年度に改正予定"), "D", "実績に「予定」: まだ完了していない");
    }

    @Test
    void workUnderWayMeetsATargetThatIsThatWork() {
        achieved(words("検討", "検討中"), "実績が目標の記述を含む");
    }

    @Test
    void anActualThatStatesTheTargetAsDoneIsAchieved() {
        achieved(words("整備完了", "整備完了"), "実績が目標と同じ記述");
        achieved(words("課題 整理。", "課題整理"), "実績が目標と同じ記述");
        achieved(words("推進体制の構築", "推進体制の構築 現行システムの概要調査"), "実績が目標の記述を含む");
        achieved(words("デジタル化検討会 全8回出席", "全8回出席"), "実績が目標の記述の一部と一致");
        achieved(words("オンライン化に係る整備の完了", "整備完了"), "実績に「完了」と記載");
        achieved(words("アンケート", "アンケート実施済"), "実績が目標の記述を含む");
        achieved(words("窓口の統合", "統合実施済"), "実績に「実施済」と記載");
        achieved(words("目標値の設定", "設定済み"), "実績に「済み」と記載");
        achieved(words("利用率の向上", "目標を達成"), "実績に「達成」と記載");
    }

    @Test
    void neitherWorkTowardTheTargetNorAShortWordInsideItCountsAsDone() {
        proposed(words("運用", "運用開始に向けた準備"), "D", "実績に「に向けた」: まだ完了していない");
        assertThat(words("設置", "置").status()).isEqualTo("pending");
        assertThat(words("マニュアルの作成と配布", "作成").status()).as("a short actual inside the target").isEqualTo("pending");
    }

    @Test
    void anActualThatRestatesTheTargetsActionAsDoneIsProposedAsAchieved() {
        proposed(words("マニュアル作成", "マニュアルを作成し、配布した。"), "A", "実績が目標の「作成」を行ったと記載");
        proposed(words("フロー図の見直しと修正", "フロー図の修正を行った。"), "A", "実績が目標の「修正」を行ったと記載");
        proposed(words("災害対応体制フロー図作成", "フロー図の作成・見直し、課内周知を行った。"), "A",
                "実績が目標の「作成」を行ったと記載");
        proposed(words("研修検討・実施(一部)", "研修実施"), "A", "実績が目標の「実施」を行ったと記載");
        proposed(words("学習が遅延なく実施できる", "全校で実施 できる。"), "A", "実績が目標の「実施」を行ったと記載");
        proposed(words("説明会の開催", "説明会を3回開催。"), "A", "実績が目標の「開催」を行ったと記載");
        proposed(words("計画の策定", "計画を策定を実施した"), "A", "実績が目標の「策定」を行ったと記載");
    }

    @Test
    void anActionNamedInPassingIsNotAnActionDone() {
        Evaluation e = words("情報発信ルール策定・運用", "HPの運用原則集を作成し、統一的な情報発信を図った。");
        assertThat(e.status()).isEqualTo("pending");
        assertThat(e.proposal()).isNull();
        assertThat(words("マニュアルの見直しと修正", "運用マニュアルの見直しを行った。").proposal()).isNull();
        assertThat(words("方針の検討", "方針の作成を行った").proposal()).as("another action than the target's").isNull();
        assertThat(words("アセスメントに向けての情報収集を行う", "計画作成").proposal()).as("no action in the target").isNull();
    }

    @Test
    void aCountOfZeroAgainstATargetInWordsIsProposedAsNotAchieved() {
        proposed(words("随時企業との協定を締結", "協定締結数0件"), "D", "実績が0: 目標の取組が行われていない");
        assertThat(words("随時企業との協定を締結", "協定締結数2件").proposal()).isNull();
    }

    @Test
    void aPersonsJudgementReplacesTheProposal() {
        Cells cells = Cells.indicator("契約管理システム導入").year(2024, "全庁的に本格運用", "運用に向けて調整中");
        assertThat(cells.evaluation(2024).proposal()).isNotNull();
        EvaluationInputs judged = new EvaluationInputs(GradeScale.DEFAULT, Map.of(), Map.of(
                new YearKey(new IndicatorKey("x", "指標①"), 2024), new Judgement(Grade.C, "一部の課で試行", "契約検査課")));
        Evaluation e = cells.evaluated(judged).valueFor(2024).evaluation();
        assertThat(e.grade()).isEqualTo("C");
        assertThat(e.status()).isEqualTo("judged");
        assertThat(e.proposal()).isNull();
    }

    @Test
    void anActualInWordsAgainstANumberTargetIsReadAsWords() {
        proposed(words("100件", "未実施"), "D", "実績に「未実施」: 目標の状態に至っていない");
        assertThat(words("100件", "前年度以上").status()).isEqualTo("pending");
    }
}
