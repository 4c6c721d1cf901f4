package jp.shinchoku.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void aJapaneseNameIsGivenInRfc5987FormBesideAnAsciiName() {
        // 取組 = E5 8F 96 E7 B5 84 in UTF-8
        assertThat(Downloads.attachment("取組.csv", "plan-1-initiatives.csv"))
                .isEqualTo("attachment; filename=\"plan-1-initiatives.csv\"; filename*=UTF-8''%E5%8F%96%E7%B5%84.csv");
    }

    @Test
    void spacesAndCharactersOutsideRfc5987sAttrCharAreEscaped() {
        assertThat(Downloads.inline("a b*(c)'.pdf", "a.pdf"))
                .isEqualTo("inline; filename=\"a.pdf\"; filename*=UTF-8''a%20b%2A%28c%29%27.pdf");
    }

    @Test
    void aFileNameJoinsItsPartsAndDropsWhatFileSystemsForbid() {
        assertThat(Downloads.fileName("csv", "木更津市", "経営改革推進計画 令和5年度", null, "取組/一覧?", "2023-09-01"))
                .isEqualTo("木更津市_経営改革推進計画_令和5年度_取組_一覧__2023-09-01.csv");
    }

    @Test
    void theAsciiNameMustBePlain() {
        assertThatThrownBy(() -> Downloads.attachment("x.csv", "a\"b.csv")).isInstanceOf(IllegalArgumentException.class);
    }
}
