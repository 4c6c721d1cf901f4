package jp.shinchoku.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF reports of the seeds, read back with PDFBox as a reader's viewer would. */
class PdfReportTest {

    private static final PdfReport PDF = new PdfReport();
    private static final List<ReportInput> SEEDS = SeedReports.all();
    private static final Map<Integer, byte[]> RENDERED = new HashMap<>();

    private static final int MANIFESTO = 0;
    private static final int DX_SHEETS = 3;
    private static final int REFORM_PROGRESS = 4;

    private static synchronized byte[] pdf(int seed) {
        return RENDERED.computeIfAbsent(seed, s -> PDF.render(SEEDS.get(s)));
    }

    /** The text of every page, first page at index 0. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /** The first page showing all of {@code texts}. */
    private static String pageWith(List<String> pages, String... texts) {
        return pages.stream().filter(p -> List.of(texts).stream().allMatch(p::contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no page shows " + List.of(texts)));
    }

    @Test
    void theSheetOfDxInitiative0101ShowsItsIndicatorWithTargetsActualsRatesAndGrades() throws IOException {
        List<String> pages = pages(pdf(DX_SHEETS));
        // the contents name it too, but only the sheet has the departments
        pageWith(pages, "01-01 電子地域通貨・行政ポイントを活用した地域経済の活性化", "産業振興課", "市民活動支援課", "現状と課題");
        // seed 003, 成果目標①: R4 目標 30,000千円, 実績 40,529千円 → 40,529 ÷ 30,000 = 135.1 %, A
        String kpi = pageWith(pages, "成果目標① 月間利用金額");
        assertThat(kpi).contains("令和4年度 (2022)", "目標 30,000千円", "実績 40,529千円", "135.1%", "A 達成");
        // the basis wraps within its cell
        assertThat(kpi.replace("\n", "")).contains("実績 40,529千円 ÷ 目標 30,000千円 = 135.1%");
        // R6: 33,474 ÷ 60,000 = 55.8 %, C
        assertThat(kpi).contains("60,000千円", "33,474千円", "55.8%", "C 一部達成");
    }

    @Test
    void theJapaneseFontIsEmbeddedAndNoOtherFontIsUsed() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(REFORM_PROGRESS))) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("NotoSansJP");
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void everyPageShowsItsNumberOutOfTheTotalAndTheAsOfDate() throws IOException {
        List<String> pages = pages(pdf(REFORM_PROGRESS));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains((i + 1) + " / " + pages.size())
                    .contains("令和5年9月1日 (2023-09-01) 時点")
                    .contains("木更津市 経営改革推進計画");
        }
    }

    @Test
    void likeTheSeedEachProjectOfTheReformProgressHasOnePageAfterTheContentsAndTheIntroduction() throws IOException {
        // seed 004: 15 事業 on a page each; before them the cover with the contents, and はじめに
        assertThat(pages(pdf(REFORM_PROGRESS))).hasSize(2 + 15);
    }

    @Test
    void theContentsNameThePageOnWhichEverySectionAndSheetStarts() throws IOException {
        List<String> pages = pages(pdf(REFORM_PROGRESS));
        PlanDocument plan = SEEDS.get(REFORM_PROGRESS).plan();
        Map<String, Integer> contents = contents(pages.get(0));
        assertThat(contents).hasSize(plan.allSections().size() + plan.allInitiatives().size()).hasSize(5 + 15);
        for (Initiative i : plan.allInitiatives()) {
            int page = contents.get(i.code() + " " + i.title());
            assertThat(pages.get(page - 1)).as(i.title()).contains(i.code() + " " + i.title());
        }
        assertThat(contents.get("5つの柱① ヒト")).isEqualTo(3);
        assertThat(contents.get("1 人事評価制度の充実 (複線型人事制度の確立)")).isEqualTo(3);
        assertThat(contents.get("15 地産地消の推進")).isEqualTo(17);
    }

    /** The lines of the contents page, "entry page", by entry. */
    private static Map<String, Integer> contents(String page) {
        Map<String, Integer> entries = new HashMap<>();
        String afterHeading = page.substring(page.indexOf("目次") + 2);
        Matcher m = Pattern.compile("(?m)^(.+?) (\\d+)$").matcher(afterHeading);
        while (m.find()) {
            if (!m.group(1).contains(" / ")) {
                entries.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
            }
        }
        return entries;
    }

    @Test
    void theOutlineNestsTheSheetsUnderTheirPillarsAndThePdfIsTitledByThePlan() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(REFORM_PROGRESS))) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("木更津市 経営改革推進計画 令和5年度 進捗状況");
            List<String> pillars = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(b -> pillars.add(b.getTitle()));
            assertThat(pillars).containsExactly("5つの柱① ヒト", "5つの柱② モノ", "5つの柱③ カネ", "5つの柱④ 情報", "5つの柱⑤ 協働");
            List<String> first = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().getFirstChild().children().forEach(b -> first.add(b.getTitle()));
            assertThat(first).containsExactly("1 人事評価制度の充実 (複線型人事制度の確立)", "2 働き方改革の促進 (時間外勤務の縮減)");
        }
    }

    @Test
    void theManifestoPrintsAsSeed000sTableOnLandscapePages() throws IOException {
        byte[] pdf = pdf(MANIFESTO);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
        }
        // a cell's lines interleave with its neighbours' in the extracted text: look for what fits on one line
        pageWith(pages(pdf), "ビジョン1 徹底した危機管理と災害に強い都市づくり", "約束1", "No.", "取組名", "概要",
                "主な取組内容", "目標年度", "担当課", "新型コロナワクチン", "保健福祉局");
        assertThat(PDF.html(SEEDS.get(MANIFESTO))).contains("新型コロナワクチン接種体制の整備",
                "保健福祉局医療衛生部医療政策課 043-245-5854");
    }

    @Test
    void theManifestoStartsEachVisionOnANewPageWhileTheCityReformsShortSectionsShareTheirPages() throws IOException {
        // seed 000: the contents give ビジョン1 … 5 pages 3, 6, 13, 18, 21, each a page where the vision's heading opens
        List<String> manifesto = pages(pdf(MANIFESTO));
        for (int page : new int[] {3, 6, 13, 18, 21}) {
            // below the two header lines (plan, as-of date)
            assertThat(manifesto.get(page - 1).lines().skip(2).findFirst().orElseThrow()).startsWith("ビジョン");
        }
        // seed 001: 7 methods with 15 items between them; the first opens page 3, then they run on
        List<String> reform = pages(PDF.render(SEEDS.get(1)));
        assertThat(reform.get(2)).contains("① 調達改革（一元化）", "② ");
        assertThat(reform.size()).isLessThan(3 + 7);
    }

    @Test
    void markupInAPlansTextIsPrintedAsTextNotInterpreted() throws IOException {
        ReportInput seed = SEEDS.get(REFORM_PROGRESS);
        ReportInput hostile = new ReportInput(seed.plan().withTitle("<b>計画</b> & <script>x</script>"), seed.asOf(),
                seed.scale());
        assertThat(PDF.html(hostile)).contains("&lt;b&gt;計画&lt;/b&gt; &amp; &lt;script&gt;").doesNotContain("<b>計画");
        assertThat(pages(PDF.render(hostile)).get(0)).contains("<b>計画</b> & <script>x</script>");
    }

    @Test
    void theSameReportRenderedAgainLaterIsTheSameFileDatedByItsAsOfDay() throws IOException, InterruptedException {
        byte[] first = pdf(REFORM_PROGRESS);
        Thread.sleep(1_100); // past the second the first one was written in: a clock in the file would show
        byte[] again = PDF.render(SEEDS.get(REFORM_PROGRESS));

        assertThat(again).isEqualTo(first);
        LocalDate asOf = SEEDS.get(REFORM_PROGRESS).asOf();
        try (PDDocument doc = Loader.loadPDF(first)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            ZonedDateTime midnightInJapan = asOf.atStartOfDay(ZoneId.of("Asia/Tokyo"));
            assertThat(info.getCreationDate().toInstant()).isEqualTo(midnightInJapan.toInstant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(midnightInJapan.toInstant());
        }
    }

    @Test
    void aReportAsOfAnotherDayIsAnotherFileWithAnotherIdentifier() throws IOException {
        ReportInput seed = SEEDS.get(REFORM_PROGRESS);
        byte[] later = PDF.render(new ReportInput(seed.plan(), seed.asOf().plusDays(1), seed.scale()));

        try (PDDocument one = Loader.loadPDF(pdf(REFORM_PROGRESS)); PDDocument other = Loader.loadPDF(later)) {
            assertThat(other.getDocument().getTrailer().getCOSArray(COSName.ID).toList())
                    .isNotEqualTo(one.getDocument().getTrailer().getCOSArray(COSName.ID).toList());
        }
    }
}
