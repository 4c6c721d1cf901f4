package jp.shinchoku.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.Evaluator;
import jp.shinchoku.indicator.GradeScale;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.ScheduleRow;
import jp.shinchoku.plan.document.Section;
import org.junit.jupiter.api.Test;

/** The report's view of a plan built by hand: contents, outline, schedule marks and indicator columns. */
class ReportViewTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    private static Initiative initiative(String code, List<ScheduleRow> schedule, List<Indicator> indicators) {
        return new Initiative(code, null, "取組" + code, List.of("企画課"), List.of(), List.of(), null, List.of(), schedule,
                indicators);
    }

    private static PlanDocument plan() {
        // R5 target 200, actual 150 → 75 %; R6 target 200, no actual yet
        Indicator visits = new Indicator("指標①", "来訪者数", null, null, List.of(
                new IndicatorValue(2023, null, Measure.of("200人"), Measure.of("150人")),
                new IndicatorValue(2024, null, Measure.of("200人"), null)));
        Initiative a = initiative("1-1", List.of(new ScheduleRow("準備", List.of(2023)), new ScheduleRow("実施", List.of())),
                List.of(visits));
        Initiative b = initiative("2-1", List.of(), List.of());
        Section first = new Section("第1章", "まち", List.of(), List.of(new Section("1", "にぎわい", List.of(), List.of(),
                List.of(a))), List.of());
        Section second = new Section("第2章", "くらし", List.of(), List.of(), List.of(b));
        Section empty = new Section("第3章", "今後", List.of(), List.of(), List.of());
        PlanDocument plan = new PlanDocument(PlanDocument.FORMAT, "某市", "総合計画", null, List.of(2023, 2024, 2025), null,
                List.of(), List.of(first, second, empty));
        return Evaluator.evaluate(plan, EvaluationInputs.DEFAULT);
    }

    @Test
    void theContentsListSectionsAndSheetsInOrderAndTheOutlineNestsThem() {
        ReportView view = ReportView.of(new ReportInput(plan(), AS_OF, GradeScale.DEFAULT));
        assertThat(view.layout()).isEqualTo("sheets");
        assertThat(view.toc()).extracting(ReportView.TocEntry::depth, ReportView.TocEntry::label)
                .containsExactly(tuple(1, "第1章"), tuple(2, "1"), tuple(3, "1-1"), tuple(1, "第2章"), tuple(2, "2-1"),
                        tuple(1, "第3章"));
        List<ReportView.Bookmark> outline = view.bookmarks();
        assertThat(outline).extracting(ReportView.Bookmark::name).containsExactly("第1章 まち", "第2章 くらし", "第3章 今後");
        assertThat(outline.get(0).children().get(0).children()).extracting(ReportView.Bookmark::name)
                .containsExactly("1-1 取組1-1");
        // the first sheet carries the anchors of both sections above it; the empty last section has its own
        assertThat(view.sheets().get(0).sectionAnchors()).containsExactly("s1", "s2");
        assertThat(view.sheets().get(0).path()).isEqualTo("第1章 まち / 1 にぎわい");
        assertThat(view.trailingAnchors()).containsExactly("s4");
    }

    @Test
    void aSheetMarksTheYearsATaskRunsInAndGivesEachIndicatorAColumnPerPlanYear() {
        ReportView.Sheet sheet = ReportView.of(new ReportInput(plan(), AS_OF, GradeScale.DEFAULT)).sheets().get(0);
        assertThat(sheet.years()).containsExactly("令和5年度 (2023)", "令和6年度 (2024)", "令和7年度 (2025)");
        assertThat(sheet.schedule().get(0).marks()).containsExactly(true, false, false);
        assertThat(sheet.schedule().get(1).undated()).isTrue();

        ReportView.IndicatorTable kpi = sheet.indicators().get(0);
        assertThat(kpi.years()).extracting(ReportView.YearCell::year)
                .containsExactly("令和5年度 (2023)", "令和6年度 (2024)", "令和7年度 (2025)");
        ReportView.YearCell r5 = kpi.years().get(0);
        assertThat(r5.target()).isEqualTo("200人");
        assertThat(r5.actual()).isEqualTo("150人");
        assertThat(r5.rate()).isEqualTo("75.0%");
        assertThat(r5.grade()).isEqualTo("C");
        assertThat(kpi.years().get(2).target()).isEmpty();
        // the initiative is graded on the plan's latest graded year, 令和5年度, by its one indicator
        assertThat(sheet.grade()).isEqualTo("C");
        assertThat(sheet.gradeBasis()).isEqualTo("1指標のうち最も低い評価");
    }

    @Test
    void aSectionWithNoSheetAfterItIsGivenTheLastPageInThePrintedContents() throws Exception {
        byte[] pdf = new PdfReport().render(new ReportInput(plan(), AS_OF, GradeScale.DEFAULT));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // cover, then one sheet each for 1-1 and 2-1
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            String contents = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).lines()
                    .map(String::strip).filter(l -> l.matches("第\\d章 \\S+ \\d+")).reduce("", (x, y) -> x + y + "\n");
            assertThat(contents).isEqualTo("第1章 まち 2\n第2章 くらし 3\n第3章 今後 3\n");
        }
    }
}
