package jp.shinchoku.rollup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 47 prefectures, and the prefecture a government's name places it in. */
public final class Prefectures {

    public static final List<String> ALL = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    /**
     * Municipalities whose names do not say their prefecture: those of the demo documents. Others
     * are set with {@code shinchoku organization} or written with the prefecture first (千葉県木更津市).
     */
    private static final Map<String, String> KNOWN = Map.of("千葉市", "千葉県", "木更津市", "千葉県");

    private Prefectures() {
    }

    /** The prefecture the name is, or begins with, or is known to lie in. */
    public static Optional<String> of(String organization) {
        String name = organization.strip();
        for (String prefecture : ALL) {
            if (name.startsWith(prefecture)) {
                return Optional.of(prefecture);
            }
        }
        return Optional.ofNullable(KNOWN.get(name));
    }

    /** 都道府県 when the name is a prefecture's, otherwise 市区町村. */
    public static String kind(String organization) {
        return ALL.contains(organization.strip()) ? "prefecture" : "municipality";
    }

    /** The type of a plan, from the words its title uses. */
    public static String planType(String title) {
        if (title.contains("マニフェスト") || title.contains("公約")) {
            return "manifesto";
        }
        if (title.contains("DX") || title.contains("ＤＸ") || title.contains("デジタル")) {
            return "dx";
        }
        if (title.contains("改革") || title.contains("行革")) {
            return "reform";
        }
        return "other";
    }
}
