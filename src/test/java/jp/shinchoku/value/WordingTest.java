package jp.shinchoku.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the words of an actual say about its outcome, quoted as the reader will see them. */
class WordingTest {

    @Test
    void findsTheNegationsThatSayAnOutcomeDidNotHappen() {
        assertThat(Wording.negation("未実施")).hasValue("未実施");
        assertThat(Wording.negation("システム導入に至らず")).hasValue("至らず");
        assertThat(Wording.negation("検討中（完了見込みなし）")).hasValue("見込みなし");
        assertThat(Wording.negation("予算の都合で延期")).hasValue("延期");
        assertThat(Wording.negation("開催を見送った")).hasValue("見送");
        assertThat(Wording.negation("研修を実施できなかった")).hasValue("できなかった");
        assertThat(Wording.negation("事業は中止")).hasValue("中止");
        assertThat(Wording.negation("導入していない")).hasValue("ていない");
        assertThat(Wording.negation("実績なし")).hasValue("実績なし");
    }

    @Test
    void doesNotTakeGoodNewsOrOrdinaryWordsForANegation() {
        assertThat(Wording.negation("遅延なく実施できた")).isEmpty();
        assertThat(Wording.negation("問題なし")).isEmpty();
        assertThat(Wording.negation("こども未来部と連携して実施")).isEmpty();
        assertThat(Wording.negation("未就学児向け講座を実施")).isEmpty();
        assertThat(Wording.negation("未収金の回収を実施、未納対策を強化")).isEmpty();
        assertThat(Wording.negation("未利用地の活用を実施")).isEmpty();
        assertThat(Wording.negation("事故を未然に防止")).isEmpty();
        assertThat(Wording.negation("5%未満を達成")).isEmpty();
        assertThat(Wording.negation("整備完了")).isEmpty();
        assertThat(Wording.negation(null)).isEmpty();
    }

    @Test
    void findsWorkStillUnderWay() {
        assertThat(Wording.inProgress("運用に向けて調整中")).hasValue("調整中");
        assertThat(Wording.inProgress("導入を検討中")).hasValue("検討中");
        assertThat(Wording.inProgress("令和7年度に導入予定")).hasValue("予定");
        assertThat(Wording.inProgress("運用開始に向けた準備")).hasValue("に向けた");
        assertThat(Wording.inProgress("運用に向けて調整中")).as("the stronger word is quoted").hasValue("調整中");
        assertThat(Wording.inProgress("研修実施")).isEmpty();
        assertThat(Wording.inProgress(null)).isEmpty();
    }

    @Test
    void findsAProjectionButNotANegatedOne() {
        assertThat(Wording.projection("3人(現在取得申請中であり見込みとなります)")).hasValue("申請中");
        assertThat(Wording.projection("1,200件（見込）")).hasValue("見込");
        assertThat(Wording.projection("速報値 45%")).hasValue("速報値");
        assertThat(Wording.projection("80%（暫定）")).hasValue("暫定");
        assertThat(Wording.projection("完了見込みなし")).isEmpty();
        assertThat(Wording.projection("1,002件")).isEmpty();
        assertThat(Wording.projection(null)).isEmpty();
    }

    @Test
    void readsWordsBrokenByTheSpacesOfAWrappedLine() {
        assertThat(Wording.inProgress("運用に向けて調 整中")).hasValue("調整中");
        assertThat(Wording.projection("見 込み")).hasValue("見込み");
    }
}
