package jp.shinchoku.value;

import jp.shinchoku.value.CellReader;
import jp.shinchoku.value.Reading;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.shinchoku.value.Reading.Comparator;
import jp.shinchoku.value.Reading.Empty;
import jp.shinchoku.value.Reading.Qualitative;
import jp.shinchoku.value.Reading.Quantity;
import jp.shinchoku.value.Reading.Range;
import jp.shinchoku.value.Reading.Series;
import org.junit.jupiter.api.Test;

class CellReaderTest {

    private static Quantity quantity(String text) {
        assertThat(CellReader.read(text)).as(text).isInstanceOf(Quantity.class);
        return (Quantity) CellReader.read(text);
    }

    @Test
    void readsANumberWithAUnitAndKeepsTheCanonicalUnitBesideIt() {
        Quantity q = quantity("30,000千円");
        assertThat(q.number()).isEqualByComparingTo("30000");
        assertThat(q.unit()).isEqualTo("千円");
        assertThat(q.canonical()).isEqualByComparingTo("30000000");
        assertThat(q.canonicalUnit()).isEqualTo("円");
        assertThat(quantity("2万円").canonical()).isEqualByComparingTo("20000");
        assertThat(quantity("3億円").canonical()).isEqualByComparingTo("300000000");
        assertThat(quantity("２５ha").canonical()).isEqualByComparingTo("25");
    }

    @Test
    void readsTheComparatorAfterAUnit() {
        assertThat(quantity("1,000時間以上").comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(quantity("5%未満").comparator()).isEqualTo(Comparator.LESS_THAN);
        assertThat(quantity("10件以下").comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(quantity("3人超").comparator()).isEqualTo(Comparator.MORE_THAN);
        assertThat(quantity("各課月10件以上").prefix()).isEqualTo("各課月");
    }

    @Test
    void readsARangeWithTheWordsBeforeIt() {
        Range r = (Range) CellReader.read("反収 7~7.5俵");
        assertThat(r.low().number()).isEqualByComparingTo("7");
        assertThat(r.high().number()).isEqualByComparingTo("7.5");
        assertThat(r.high().unit()).isEqualTo("俵");
        assertThat(r.low().prefix()).isEqualTo("反収");
    }

    @Test
    void readsLabelledSeries() {
        Series s = (Series) CellReader.read("小 8.9% 中 12.8%");
        assertThat(s.parts()).extracting(Reading.Part::label).containsExactly("小", "中");
        assertThat(((Quantity) s.parts().get(1).value()).number()).isEqualByComparingTo("12.8");
        Series times = (Series) CellReader.read("転入 10分短縮 その他手続き 5分短縮");
        assertThat(times.parts()).extracting(Reading.Part::label).containsExactly("転入", "その他手続き");
        Series bounded = (Series) CellReader.read("小 5%未満 中 10%未満");
        assertThat(((Quantity) bounded.parts().get(0).value()).comparator()).isEqualTo(Comparator.LESS_THAN);
    }

    @Test
    void readsValuesSplitBySlashAsUnlabelledSeries() {
        Series s = (Series) CellReader.read("1,130回/0.154/0");
        assertThat(s.parts()).hasSize(3).allSatisfy(p -> assertThat(p.label()).isNull());
        assertThat(((Quantity) s.parts().get(1).value()).number()).isEqualByComparingTo("0.154");
    }

    @Test
    void keepsAParentheticalBesideTheMainValue() {
        Quantity q = quantity("20件(379件)");
        assertThat(q.number()).isEqualByComparingTo("20");
        assertThat(q.extra()).isEqualTo("379件");
        Quantity added = quantity("新規導入 2業務 (合計13業務)");
        assertThat(added.number()).isEqualByComparingTo("2");
        assertThat(added.prefix()).isEqualTo("新規導入");
        assertThat(added.extra()).isEqualTo("合計13業務");
        assertThat(quantity("72.4%（156.5所属受講（2研修の平均）／216所属）").number()).isEqualByComparingTo("72.4");
    }

    @Test
    void keepsANoteAfterTheReferenceMark() {
        Quantity q = quantity("1,607件 ※児童手当の制度改正による 申請数増加の影響大");
        assertThat(q.number()).isEqualByComparingTo("1607");
        assertThat(q.note()).isEqualTo("児童手当の制度改正による 申請数増加の影響大");
        assertThat(quantity("800件 前年度実績に合わせて設定").note()).isEqualTo("前年度実績に合わせて設定");
    }

    @Test
    void readsWordsAsQualitative() {
        assertThat(CellReader.read("整備完了")).isEqualTo(new Qualitative("整備完了"));
        assertThat(CellReader.read("随時企業との協定を締結")).isInstanceOf(Qualitative.class);
        assertThat(CellReader.read("設計金額が50万円を超え る測量等の業務委託")).isInstanceOf(Qualitative.class);
        assertThat(CellReader.read("設計金額が500万円以上 の測量等以外の業務委託")).isInstanceOf(Qualitative.class);
        assertThat(CellReader.read("R7年度当初予算にて予算 化")).isInstanceOf(Qualitative.class);
    }

    @Test
    void readsEmptyMarkers() {
        assertThat(CellReader.read("-")).isEqualTo(new Empty(null));
        assertThat(CellReader.read("_")).isEqualTo(new Empty(null));
        assertThat(CellReader.read("")).isEqualTo(new Empty(null));
        assertThat(CellReader.read(null)).isEqualTo(new Empty(null));
        assertThat(CellReader.read("- アンケートフォーム設置が 令和6年度からのため"))
                .isEqualTo(new Empty("アンケートフォーム設置が 令和6年度からのため"));
    }

    @Test
    void readsAValueFollowedByWordsThatDoNotChangeIt() {
        assertThat(quantity("50%は達成").number()).isEqualByComparingTo("50");
        assertThat(quantity("協定締結数0件").prefix()).isEqualTo("協定締結数");
        assertThat(quantity("オンラインで受付けた 手続き件数1,750").unit()).isNull();
    }

    /**
     * Every target, actual and baseline cell of the five seeds gets a reading, and every cell that
     * holds a number is read as a value, except these, where the number belongs to a sentence.
     */
    private static final Set<String> SENTENCES_WITH_NUMBERS = Set.of(
            "デジタル化検討会 全8回出席",
            "全8回出席",
            "設計金額が50万円を超え る測量等の業務委託",
            "設計金額が50万円を超え る測量等の業務委託(随 意契約案件含む)",
            "設計金額が500万円以上 の測量等以外の業務委託",
            "設計金額が100万円を超える測量等以外の業務委託(R7.6.1付で少額随契可能額が50万→100万に改正予定のため、目標修正)",
            "R7年度当初予算にて予算 化");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    @Test
    void classifiesEveryTargetActualAndBaselineCellOfTheSeeds() {
        List<SeedCells> cells = SeedCells.all();
        assertThat(cells).hasSizeGreaterThan(300);
        for (SeedCells cell : cells) {
            Reading reading = CellReader.read(cell.text());
            assertThat(reading).as(cell.where() + ": " + cell.text()).isNotNull();
            boolean numeric = DIGIT.matcher(java.text.Normalizer.normalize(cell.text(), java.text.Normalizer.Form.NFKC)).find()
                    && !(reading instanceof Empty);
            if (numeric && !SENTENCES_WITH_NUMBERS.contains(cell.text())) {
                assertThat(reading).as(cell.where() + ": " + cell.text()).isNotInstanceOf(Qualitative.class);
            }
        }
        assertThat(cells.stream().map(c -> CellReader.read(c.text()).kind()).distinct())
                .containsExactlyInAnyOrder("empty", "quantity", "range", "series", "relative", "qualitative");
    }
}
