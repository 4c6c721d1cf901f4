package jp.shinchoku.editing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.plan.RegisteredDepartment;

/**
 * Which department names look like two spellings of one department, so the registry screen can
 * point at candidates for merging. It only suggests: merging stays a person's decision.
 */
public final class DepartmentNames {

    /**
     * Old and variant forms of kanji that NFKC leaves alone (they are distinct characters, not
     * compatibility ones) but that documents use for the same department, mapped to the common
     * form: 高齡者福祉課 in seed 003 is 高齢者福祉課.
     */
    private static final Map<Character, Character> VARIANTS = variants(
            "齡齢", "髙高", "﨑崎", "嵜崎", "邊辺", "邉辺", "澤沢", "濱浜", "廣広", "國国", "會会", "學学", "縣県",
            "團団", "圖図", "醫医", "藝芸", "榮栄", "惠恵", "德徳", "靑青", "淸清", "黑黒", "壽寿", "禮礼", "驛駅",
            "戶戸", "敎教", "營営", "衞衛", "齋斎", "齊斉", "龍竜", "櫻桜", "條条", "濟済", "發発", "勞労", "與与");

    /** The shorter name must be at least this long to count as a suffix of the other (not just 課). */
    private static final int SHORTEST_SUFFIX = 3;

    private DepartmentNames() {
    }

    /** The name as compared: NFKC (full-width letters, compatibility kanji), no spaces, common kanji forms. */
    public static String key(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        StringBuilder key = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            key.append(VARIANTS.getOrDefault(c, c));
        }
        return key.toString();
    }

    /** Same key, or one key ends with the other (康推進課 / 健康推進課, 健康推進課 / 保健福祉局健康推進課). */
    public static boolean lookAlike(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= SHORTEST_SUFFIX && longer.endsWith(shorter);
    }

    /** For each department of the list, the other names of the list that look like it (empty lists left out). */
    public static Map<Long, List<String>> lookAlikes(List<RegisteredDepartment> departments) {
        Map<Long, List<String>> found = new LinkedHashMap<>();
        for (RegisteredDepartment a : departments) {
            for (RegisteredDepartment b : departments) {
                if (a.id() != b.id() && lookAlike(a.name(), b.name())) {
                    found.computeIfAbsent(a.id(), id -> new ArrayList<>()).add(b.name());
                }
            }
        }
        return found;
    }

    private static Map<Character, Character> variants(String... pairs) {
        Map<Character, Character> map = new java.util.HashMap<>();
        for (String pair : pairs) {
            map.put(pair.charAt(0), pair.charAt(1));
        }
        return Map.copyOf(map);
    }
}
