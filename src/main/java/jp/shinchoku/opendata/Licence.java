package jp.shinchoku.opendata;

/** The licence an organisation publishes its data under, by name and the address of its text. */
public record Licence(String name, String url) {

    /** The licence the Digital Agency recommends for open data, used until an organisation sets another. */
    public static final Licence DEFAULT = new Licence("クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)",
            "https://creativecommons.org/licenses/by/4.0/deed.ja");

    public Licence {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a licence needs a name");
        }
        if (url != null && !url.matches("https?://\\S+")) {
            throw new IllegalArgumentException("the licence's address must start with http:// or https://, got \"" + url + "\"");
        }
    }
}
