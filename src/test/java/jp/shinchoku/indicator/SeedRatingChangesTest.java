package jp.shinchoku.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.importer.Seeds;
import jp.shinchoku.plan.document.Evaluation;
import jp.shinchoku.plan.document.Initiative;
import jp.shinchoku.plan.document.PlanDocument;
import org.junit.jupiter.api.Test;

/**
 * The 174 rated years of the seeds, before and after the rules of issue 8. Every row keeps the
 * rate, grade and status it had, except the rows below, each worked out by hand from the seed's
 * cells and the rule that changes it. Any other change fails.
 */
class SeedRatingChangesTest {

    /** initiative, indicator, year → the row as it now reads, and why it changed. */
    private static final Map<String, Change> CHANGED = new LinkedHashMap<>();

    private record Change(String before, String after, String why) {
    }

    private static void changed(String row, String before, String after, String why) {
        CHANGED.put(row, new Change(before, after, why));
    }

    static {
        changed("01-06 成果目標② 2024", "100.0 A graded", "100.0 A graded 見込",
                "actual 3人(現在取得申請中であり見込みとなります) is a projection: still 3 ÷ 3 = 100.0%, marked 見込");
        changed("01-13 成果目標③ 2023", "- - pending", "- A graded",
                "前年比増加 against 2022's 小 23.5冊 中 2.5冊: 小 23.7 and 中 2.9 both rose, so each series meets it");
        changed("01-13 成果目標③ 2024", "- - pending", "- B graded",
                "前年比増加 against 2023's 小 23.7冊 中 2.9冊: 小 27.6 rose (A) but 中 stayed 2.9 (100.0%, not an increase: B)");
        changed("01-06 成果目標① 2023", "- - pending", "- - pending 提案D",
                "target 随時企業との協定を締結, actual 協定締結数0件: a count of zero, D proposed");
        changed("01-06 成果目標① 2024", "- - pending", "- - pending 提案D", "the same cells as 2023");
        changed("01-12 成果目標① 2022", "- - pending", "- - pending 提案A",
                "…遅延なく実施できる against 全校で実施できる。: the target's action 実施 stated as done, A proposed");
        changed("01-12 成果目標① 2023", "- - pending", "- - pending 提案A",
                "…学習が遅延なく実施できる against 全校で実施できる。: 実施 stated as done, A proposed");
        changed("02-05 成果目標① 2022", "- - pending", "- - pending 提案A",
                "…マニュアル作成 against 各媒体の運用マニュアルを作成し、…: 作成 done, A proposed");
        changed("02-05 成果目標② 2022", "- - pending", "- - pending 提案A",
                "有事の際の情報発信マニュアル作成 against …マニュアルを作成し、…: 作成 done, A proposed");
        changed("02-05 成果目標② 2023", "- - pending", "- - pending 提案A",
                "…フロー図作成 against …フロー図の作成・見直し、課内周知を行った。: 作成 done, A proposed");
        changed("02-05 成果目標② 2024", "- - pending", "- - pending 提案A",
                "フロー図の見直しと修正 against …フロー図の修正を行った。: the last action 修正 done, A proposed");
        changed("03-02 成果目標③ 2023", "- - pending", "- - pending 提案D",
                "一部運用 against 運用に向けて調整中: work under way (調整中), D proposed");
        changed("03-02 成果目標③ 2024", "- - pending", "- - pending 提案D", "全庁的に本格運用 against 運用に向けて調整中");
        changed("04-02 成果目標③ 2022", "- - pending", "- - pending 提案A",
                "研修検討・実施(一部) against 研修実施: the last action 実施 done, A proposed");
    }

    @Test
    void onlyTheRowsARuleChangesReadDifferentlyFromBefore() throws IOException {
        PlanDocument dx = Evaluator.evaluate(SeedDocuments.all().stream()
                .filter(p -> p.source().fileName().equals(Seeds.DX_SHEETS)).findFirst().orElseThrow(), EvaluationInputs.DEFAULT);
        List<String> unexpected = new ArrayList<>();
        int rows = 0;
        for (String line : before()) {
            String[] c = line.split("\t", -1);
            String row = c[0] + " " + c[1] + " " + c[2];
            String was = (c[3].isEmpty() ? "-" : c[3]) + " " + (c[4].isEmpty() ? "-" : c[4]) + " " + c[5];
            String now = shown(find(dx, c[0], c[1], Integer.parseInt(c[2])));
            Change change = CHANGED.get(row);
            String expected = change == null ? was : change.after();
            if (change != null) {
                assertThat(was).as(row + " before").isEqualTo(change.before());
            }
            if (!now.equals(expected)) {
                unexpected.add(row + ": expected " + expected + ", now " + now);
            }
            rows++;
        }
        assertThat(rows).isEqualTo(174);
        assertThat(unexpected).isEmpty();
    }

    /** "135.1 A graded", "- - pending 提案D", "100.0 A graded 見込": the parts of a row a rule can change. */
    private static String shown(Evaluation e) {
        String s = (e.rate() == null ? "-" : e.rate().toPlainString()) + " " + (e.grade() == null ? "-" : e.grade()) + " "
                + (e.grade() == null ? e.status() : "graded");
        if (e.projected()) {
            s += " 見込";
        }
        if (e.proposal() != null) {
            s += " 提案" + e.proposal().grade();
        }
        return s;
    }

    private static Evaluation find(PlanDocument plan, String code, String label, int year) {
        Initiative i = plan.allInitiatives().stream().filter(x -> code.equals(x.code())).findFirst().orElseThrow();
        return i.indicators().stream().filter(x -> label.equals(x.label())).map(x -> x.valueFor(year))
                .filter(v -> v != null && v.evaluation() != null).findFirst().orElseThrow().evaluation();
    }

    private static List<String> before() throws IOException {
        try (InputStream in = SeedRatingChangesTest.class.getResourceAsStream("/evaluation/seed-ratings-before-issue-8.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
    }
}
