package jp.shinchoku.table;

import java.util.List;

/**
 * The Shinchoku template (docs/import-template.md): one sheet or CSV holding a whole plan, one
 * row per thing, the kind of thing in the first column. The same columns serve every kind;
 * each kind uses the few it needs.
 */
final class Template {

    static final String LAYOUT = "shinchoku-template";
    static final String SHEET = "計画";
    static final String GUIDE_SHEET = "記入方法";

    enum Col {
        KIND("種別"), DEPTH("階層"), CODE("番号"), MARK("記号"), NAME("名称"), BODY("本文"), OWNERS("担当課"),
        RELATED("関係課"), TARGET_YEAR("目標年度"), UNIT("単位"), YEAR("年度"), BASELINE("基準値"), TARGET("目標"),
        ACTUAL("実績"), NOTE("備考");

        final String header;

        Col(String header) {
            this.header = header;
        }
    }

    /** A kind of row, the columns it uses, and what it is, for the guide sheet and the documentation. */
    enum Kind {
        PLAN("計画", "名称: the plan's title"),
        ORGANIZATION("団体", "名称: the organisation (千葉県)"),
        AS_OF("基準日", "名称: the date the plan's figures stand at (2023-09-01)"),
        PERIOD("計画期間", "年度: the plan's fiscal years, apart by commas (2021,2022,2023 or R3,R4,R5)"),
        SOURCE("出典", "名称: the file the plan was read from; 本文: its layout"),
        PLAN_TEXT("計画本文", "名称: a label; 本文: the plan's text under it"),
        SECTION("章", "階層: 1 for the outermost level, 2 below it …; 番号: its mark (柱1, ③); 名称: its title"),
        SECTION_TEXT("章本文", "名称: a label; 本文: the text of the 章 above"),
        INITIATIVE("取組", "番号: its code; 記号: a sub-item mark (イ); 名称: its title; 担当課 / 関係課: one per line; "
                + "目標年度: the year it is to be done by; it belongs to the 章 above"),
        INITIATIVE_TEXT("取組本文", "名称: a label (現状と課題, 取組内容); 本文: the text of the 取組 above"),
        CONTACT("連絡先", "担当課: the department; 本文: its telephone number; 備考: a note"),
        SCHEDULE("工程", "名称: a task of the 取組 above; 年度: the fiscal years it runs in, apart by commas"),
        INDICATOR("指標", "番号: its label (指標①); 名称: its name; 単位: the unit of numbers written without one; "
                + "年度 / 基準値: the baseline's year and value; 備考: a note; it belongs to the 取組 above"),
        VALUE("指標値", "年度: a fiscal year; 目標 / 実績: that year's target and actual as written; "
                + "名称: that year's own name of the indicator, where it differs");

        final String word;
        final String use;

        Kind(String word, String use) {
            this.word = word;
            this.use = use;
        }

        static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    static List<String> headers() {
        return java.util.Arrays.stream(Col.values()).map(c -> c.header).toList();
    }

    private Template() {
    }
}
