package jp.shinchoku.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Indicator;
import jp.shinchoku.plan.document.IndicatorValue;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.LabeledText;
import jp.shinchoku.plan.document.Measure;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.Section;
import jp.shinchoku.snapshot.SnapshotComparison.Change;
import jp.shinchoku.snapshot.SnapshotComparison.InitiativeChanges;
import jp.shinchoku.snapshot.SnapshotComparison.Kind;
import jp.shinchoku.snapshot.SnapshotComparison.Line;
import jp.shinchoku.snapshot.SnapshotComparison.Mark;
import jp.shinchoku.snapshot.SnapshotComparison.SectionChanges;
import org.junit.jupiter.api.Test;

class SnapshotComparisonTest {

    private static Initiative initiative(String code, String title, String text, String actual, Evaluation e) {
        Indicator k = new Indicator("成果目標①", "利用件数", null, null, List.of(
                new IndicatorValue(2023, null, Measure.of("100件"), actual == null ? null : Measure.of(actual), null, e)));
        return new Initiative(code, null, title, List.of("情報経営課"), List.of(), List.of(), null,
                text == null ? List.of() : List.of(new LabeledText("取組内容", text)), List.of(), List.of(k));
    }

    private static Evaluation graded(String grade, String label, String rate) {
        return new Evaluation(new BigDecimal(rate), grade, label, "rated", "実績 ÷ 目標", List.of());
    }

    private static PlanDocument plan(Initiative... initiatives) {
        return new PlanDocument(PlanDocument.FORMAT, "木更津市", "DX推進計画", null, List.of(2023), null, List.of(),
                List.of(new Section("01", null, List.of(), List.of(), List.of(initiatives))));
    }

    @Test
    void twoEqualSnapshotsHaveNoDifference() {
        PlanDocument p = plan(initiative("01-01", "地域通貨", "説明", "90件", graded("B", "概ね達成", "90.0")));
        assertThat(SnapshotComparison.between(p, p).isEmpty()).isTrue();
    }

    @Test
    void aNewActualShowsTheValueAndTheGradeThatChangedWithBothRates() {
        PlanDocument before = plan(initiative("01-01", "地域通貨", "説明", "85件", graded("B", "概ね達成", "85.0")));
        PlanDocument after = plan(initiative("01-01", "地域通貨", "説明", "102件", graded("A", "達成", "102.0")));

        List<InitiativeChanges> changes = SnapshotComparison.between(before, after).initiatives();

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).kind()).isEqualTo(Kind.CHANGED);
        assertThat(changes.get(0).key()).isEqualTo("01-01");
        assertThat(changes.get(0).changes()).extracting(Change::field, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("成果目標① 令和5年度 (2023) 実績 (actual)", "85件", "102件"),
                org.assertj.core.groups.Tuple.tuple("成果目標① 令和5年度 (2023) 評価 (grade)", "B 概ね達成 (85.0%)",
                        "A 達成 (102.0%)"));
    }

    @Test
    void aTextThatChangedInOneLineMarksOnlyThatLine() {
        PlanDocument before = plan(initiative("01-01", "地域通貨", "導入する\n周知する\n評価する", null, null));
        PlanDocument after = plan(initiative("01-01", "地域通貨", "導入する\n広く周知する\n評価する", null, null));

        Change text = SnapshotComparison.between(before, after).initiatives().get(0).changes().get(0);

        assertThat(text.field()).isEqualTo("取組内容");
        assertThat(text.lines()).containsExactly(new Line(Mark.SAME, "導入する"), new Line(Mark.REMOVED, "周知する"),
                new Line(Mark.ADDED, "広く周知する"), new Line(Mark.SAME, "評価する"));
    }

    @Test
    void initiativesAddedAndRemovedAreNamedOnceEach() {
        PlanDocument before = plan(initiative("01-01", "地域通貨", null, null, null),
                initiative("01-02", "スマート農業", null, null, null));
        PlanDocument after = plan(initiative("01-01", "地域通貨", null, null, null),
                initiative("01-03", "鳥獣害対策", null, null, null));

        assertThat(SnapshotComparison.between(before, after).initiatives())
                .extracting(InitiativeChanges::code, InitiativeChanges::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("01-03", Kind.ADDED),
                        org.assertj.core.groups.Tuple.tuple("01-02", Kind.REMOVED));
    }

    @Test
    void aGradeGivenWhereThereWasNoneIsAChangeFromNothing() {
        PlanDocument before = plan(initiative("01-01", "地域通貨", null, "50件", null));
        PlanDocument after = plan(initiative("01-01", "地域通貨", null, "50件", graded("C", "一部達成", "50.0")));

        Change grade = SnapshotComparison.between(before, after).initiatives().get(0).changes().get(0);

        assertThat(grade.before()).isNull();
        assertThat(grade.after()).isEqualTo("C 一部達成 (50.0%)");
        assertThat(grade.lines()).containsExactly(new Line(Mark.ADDED, "C 一部達成 (50.0%)"));
    }

    private static Initiative plain(String code, String title) {
        return initiative(code, title, null, null, null);
    }

    private static Section section(String label, String title, List<LabeledText> texts, List<Section> sections,
            Initiative... initiatives) {
        return new Section(label, title, texts, sections, List.of(initiatives));
    }

    private static Section section(String label, String title, Initiative... initiatives) {
        return section(label, title, List.of(), List.of(), initiatives);
    }

    private static PlanDocument plan(List<LabeledText> texts, Section... sections) {
        return new PlanDocument(PlanDocument.FORMAT, "千葉県", "行政改革計画", null, List.of(2023), null, texts,
                List.of(sections));
    }

    private static PlanDocument plan(Section... sections) {
        return plan(List.of(), sections);
    }

    @Test
    void thePlansOwnTextsAreComparedByTheirLabelsLineByLine() {
        PlanDocument before = plan(List.of(new LabeledText("計画の趣旨", "効率化を進める\n職員を育てる")),
                section("柱1", "働き方", plain("1", "テレワーク")));
        PlanDocument after = plan(List.of(new LabeledText("計画の趣旨", "効率化を進める\n人材を育てる"),
                new LabeledText("計画期間", "令和5年度から令和9年度まで")), section("柱1", "働き方", plain("1", "テレワーク")));

        SnapshotComparison comparison = SnapshotComparison.between(before, after);

        assertThat(comparison.sections()).isEmpty();
        assertThat(comparison.initiatives()).isEmpty();
        assertThat(comparison.planTexts()).extracting(Change::field).containsExactly("計画の趣旨", "計画期間");
        assertThat(comparison.planTexts().get(0).lines()).containsExactly(new Line(Mark.SAME, "効率化を進める"),
                new Line(Mark.REMOVED, "職員を育てる"), new Line(Mark.ADDED, "人材を育てる"));
        assertThat(comparison.planTexts().get(1).before()).isNull();
        assertThat(comparison.planTexts().get(1).lines()).containsExactly(new Line(Mark.ADDED, "令和5年度から令和9年度まで"));
    }

    @Test
    void aSectionRetitledUnderItsLabelIsOneChangedSectionAndItsInitiativesHaveNotMoved() {
        PlanDocument before = plan(section("柱1", "働き方", List.of(new LabeledText("現状", "残業が多い")), List.of(),
                plain("1", "テレワーク")));
        PlanDocument after = plan(section("柱1", "多様で柔軟な働き方", List.of(new LabeledText("現状", "残業が減った")),
                List.of(), plain("1", "テレワーク")));

        SnapshotComparison comparison = SnapshotComparison.between(before, after);

        assertThat(comparison.initiatives()).isEmpty();
        assertThat(comparison.sections()).hasSize(1);
        SectionChanges changed = comparison.sections().get(0);
        assertThat(changed.kind()).isEqualTo(Kind.CHANGED);
        assertThat(changed.name()).isEqualTo("柱1 多様で柔軟な働き方");
        assertThat(changed.within()).isEmpty();
        assertThat(changed.before()).isSameAs(before.sections().get(0));
        assertThat(changed.after()).isSameAs(after.sections().get(0));
        assertThat(changed.changes()).extracting(Change::field, Change::before, Change::after).containsExactly(
                tuple("見出し (title)", "働き方", "多様で柔軟な働き方"), tuple("現状", "残業が多い", "残業が減った"));
    }

    @Test
    void aRenumberedSectionIsFoundByItsTitleAndTheOneItsLabelHadIsRemoved() {
        PlanDocument before = plan(section("柱1", "働き方", plain("1", "テレワーク")),
                section("柱2", "デジタル化", plain("2", "電子申請")));
        PlanDocument after = plan(section("柱1", "デジタル化", plain("2", "電子申請")));

        SnapshotComparison comparison = SnapshotComparison.between(before, after);

        assertThat(comparison.sections()).extracting(SectionChanges::kind, SectionChanges::name).containsExactly(
                tuple(Kind.CHANGED, "柱1 デジタル化"), tuple(Kind.REMOVED, "柱1 働き方"));
        assertThat(comparison.sections().get(0).changes()).extracting(Change::field, Change::before, Change::after)
                .containsExactly(tuple("番号 (label)", "柱2", "柱1"));
        // 電子申請 stays in its section, which only changed its number
        assertThat(comparison.initiatives()).extracting(InitiativeChanges::code, InitiativeChanges::kind)
                .containsExactly(tuple("1", Kind.REMOVED));
    }

    @Test
    void aSectionWithoutALabelWhoseTitleChangedIsFoundByTheInitiativesItHolds() {
        PlanDocument before = plan(section(null, "子育て支援", plain("1", "保育所"), plain("2", "学童")),
                section(null, "高齢者支援", plain("3", "見守り")));
        PlanDocument after = plan(section(null, "高齢者支援", plain("3", "見守り")),
                section(null, "子ども・子育て支援", plain("1", "保育所"), plain("2", "学童"), plain("4", "相談窓口")));

        SnapshotComparison comparison = SnapshotComparison.between(before, after);

        assertThat(comparison.sections()).extracting(SectionChanges::kind, SectionChanges::name).containsExactly(
                tuple(Kind.CHANGED, "子ども・子育て支援"));
        assertThat(comparison.sections().get(0).changes()).extracting(Change::field, Change::before, Change::after)
                .containsExactly(tuple("見出し (title)", "子育て支援", "子ども・子育て支援"));
        assertThat(comparison.initiatives()).extracting(InitiativeChanges::code, InitiativeChanges::kind)
                .containsExactly(tuple("4", Kind.ADDED));
    }

    @Test
    void sectionsAddedAndRemovedAreListedOnceWithoutTheSectionsInsideThem() {
        PlanDocument before = plan(
                section("柱1", "働き方", List.of(), List.of(section("①", "テレワーク", plain("1", "在宅勤務")))),
                section("柱2", "財政", List.of(), List.of(section("①", "歳入", plain("2", "ふるさと納税")))));
        PlanDocument after = plan(
                section("柱1", "働き方", List.of(), List.of(section("①", "テレワーク", plain("1", "在宅勤務")),
                        section("②", "健康管理", plain("3", "ストレスチェック")))),
                section("柱3", "協働", List.of(), List.of(section("①", "大学連携", plain("4", "共同研究")))));

        SnapshotComparison comparison = SnapshotComparison.between(before, after);

        assertThat(comparison.sections()).extracting(SectionChanges::kind, SectionChanges::name, SectionChanges::within)
                .containsExactly(tuple(Kind.ADDED, "② 健康管理", "柱1 働き方"), tuple(Kind.ADDED, "柱3 協働", ""),
                        tuple(Kind.REMOVED, "柱2 財政", ""));
        assertThat(comparison.sections()).allSatisfy(c -> assertThat(c.changes()).isEmpty());
        assertThat(comparison.sections().get(2).after()).isNull();
        assertThat(comparison.sections().get(2).before()).isSameAs(before.sections().get(1));
    }

    @Test
    void anInitiativeMovedToAnotherSectionNamesBothWithTheirParents() {
        PlanDocument before = plan(
                section("柱1", "働き方", List.of(), List.of(section("①", "テレワーク", plain("1", "在宅勤務"),
                        plain("2", "サテライトオフィス")))),
                section("柱2", "デジタル化", plain("3", "電子申請")));
        PlanDocument after = plan(
                section("柱1", "働き方", List.of(), List.of(section("①", "テレワーク", plain("1", "在宅勤務")))),
                section("柱2", "デジタル化", plain("3", "電子申請"), plain("2", "サテライトオフィス")));

        SnapshotComparison comparison = SnapshotComparison.between(before, after);

        assertThat(comparison.sections()).isEmpty();
        assertThat(comparison.initiatives()).hasSize(1);
        InitiativeChanges moved = comparison.initiatives().get(0);
        assertThat(moved.code()).isEqualTo("2");
        assertThat(moved.kind()).isEqualTo(Kind.CHANGED);
        assertThat(moved.changes()).extracting(Change::field, Change::before, Change::after).containsExactly(
                tuple("区分 (section)", "柱1 働き方 › ① テレワーク", "柱2 デジタル化"));
        assertThat(moved.changes().get(0).lines()).containsExactly(new Line(Mark.REMOVED, "柱1 働き方 › ① テレワーク"),
                new Line(Mark.ADDED, "柱2 デジタル化"));
    }

    @Test
    void anInitiativeWhoseSectionWasRemovedHasMovedToItsNewSection() {
        PlanDocument before = plan(section("柱1", "働き方", plain("1", "在宅勤務")),
                section("柱2", "財政", plain("2", "ふるさと納税")));
        PlanDocument after = plan(section("柱1", "働き方", plain("1", "在宅勤務"), plain("2", "ふるさと納税")));

        SnapshotComparison comparison = SnapshotComparison.between(before, after);

        assertThat(comparison.sections()).extracting(SectionChanges::kind, SectionChanges::name)
                .containsExactly(tuple(Kind.REMOVED, "柱2 財政"));
        assertThat(comparison.initiatives().get(0).changes()).extracting(Change::field, Change::before, Change::after)
                .containsExactly(tuple("区分 (section)", "柱2 財政", "柱1 働き方"));
    }
}
