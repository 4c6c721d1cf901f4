package jp.shinchoku.siteexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchDataTest {

    private static SearchEntry entry(String code, String title, String texts) {
        return new SearchEntry(4, "木更津市", "木更津市DX推進方針", code, null, title, "基本方針1", texts, "", "情報経営課",
                null, "/plans/4#i-" + code);
    }

    @Test
    void everyPairOfAdjacentCharactersIsAGramButNotAcrossASpace() {
        assertThat(SearchData.grams("アクア コイン")).containsExactly("アク", "イン", "クア", "コイ");
    }

    @Test
    void textIsComparedAfterNfkcAndLowerCase() {
        assertThat(SearchData.grams("ＡＩ活用")).containsExactly("ai", "i活", "活用");
        assertThat(SearchData.normalize("ｱｸｱｺｲﾝ")).isEqualTo("アクアコイン");
    }

    @Test
    void eachGramListsTheInitiativesHoldingIt() {
        List<SearchEntry> entries = List.of(entry("01-01", "電子地域通貨", "アクアコインを活用"),
                entry("01-02", "テレワーク", "在宅勤務"));
        String script = SearchData.script(entries, entries.stream()
                .map(e -> SearchData.doc(e, "plans/4/index.html#i-" + e.code())).toList());
        assertThat(script).startsWith("window.shinchokuSearch = {\"docs\":[{\"u\":\"plans/4/index.html#i-01-01\"")
                .endsWith("};\n")
                .contains("\"アク\":[0]").contains("\"テレ\":[1]").contains("\"木更\":[0,1]");
    }
}
