package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void turnsAnUnstyledListIntoOneLinePerBullet() {
        String cell = "<ul style=\"list-style-type: none\"> ・個別接種の確立 ・集団接種の運営 </ul>";
        assertThat(CellText.plain(cell)).isEqualTo("・個別接種の確立\n・集団接種の運営");
    }

    @Test
    void turnsParagraphsAndListItemsIntoLines() {
        String cell = "<p>第一段落</p> <p>第二段落</p><ul><li>項目A</li><li>項目B</li></ul>";
        assertThat(CellText.plain(cell)).isEqualTo("第一段落\n第二段落\n・項目A\n・項目B");
    }

    @Test
    void neverKeepsMarkupEvenWhenItIsHostile() {
        String cell = "<p onclick=\"x()\">本文<script>alert(1)</script></p><img src=x onerror=alert(2)>";
        assertThat(CellText.plain(cell)).doesNotContain("<").doesNotContain("onerror").startsWith("本文");
    }

    @Test
    void doesNotDoubleABulletThatAListItemAlreadyHas() {
        assertThat(CellText.plain("<ul><li>・令和6年度中に策定完了予定：2施設</li></ul>")).isEqualTo("・令和6年度中に策定完了予定：2施設");
    }

    @Test
    void keepsAMiddleDotInsideAWord() {
        assertThat(CellText.plain("高齢・障害者施設の検査 ・保健所の体制")).isEqualTo("高齢・障害者施設の検査\n・保健所の体制");
    }

    @Test
    void startsANewItemAtABulletRightAfterAFullStop() {
        assertThat(CellText.plain("・ 加速化されます。・ 場所や時間")).isEqualTo("・加速化されます。\n・場所や時間");
    }

    @Test
    void foldsWhiteSpaceForInlineText() {
        assertThat(CellText.inline("  民間と協働して行う施設 \u3000 数(累計) ")).isEqualTo("民間と協働して行う施設 数(累計)");
        assertThat(CellText.compact("こども未来部 幼保支援課")).isEqualTo("こども未来部幼保支援課");
    }

    @Test
    void aSpaceBetweenTwoJapaneseCharactersIsALineWrapAndIsJoined() {
        assertThat(CellText.joinWraps("スマート農業の実現に向け た取組(実証)件数")).isEqualTo("スマート農業の実現に向けた取組(実証)件数");
        assertThat(CellText.joinWraps("施策の実施により 期待される効果")).isEqualTo("施策の実施により期待される効果");
        assertThat(CellText.joinWraps("今後の取組方針・ 取組内容")).isEqualTo("今後の取組方針・取組内容");
        assertThat(CellText.joinWraps("プロトタイプ共同開発に向け たデジタル化検討会への積 極的参加"))
                .isEqualTo("プロトタイプ共同開発に向けたデジタル化検討会への積極的参加");
    }

    @Test
    void aSpaceNextToLatinLettersDigitsOrSignsStays() {
        assertThat(CellText.joinWraps("小 8.9% 中 12.8%")).isEqualTo("小 8.9% 中 12.8%");
        assertThat(CellText.joinWraps("累計アプリ作成数(LinkData 内)")).isEqualTo("累計アプリ作成数(LinkData 内)");
        assertThat(CellText.joinWraps("DX 推進 計画")).isEqualTo("DX 推進計画");
        assertThat(CellText.joinWraps("ビジョン1 子どもたち")).isEqualTo("ビジョン1 子どもたち");
        assertThat(CellText.joinWraps(null)).isNull();
    }
}
