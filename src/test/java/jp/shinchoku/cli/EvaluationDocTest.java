package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/evaluation.md shows what the program prints for the seeds, not what it printed once. */
class EvaluationDocTest {

    private static final String BEGIN = "<!-- BEGIN GENERATED: scripts/generate-evaluation-doc.sh -->\n";
    private static final String END = "<!-- END GENERATED -->";

    @Test
    void theTableOfSeedEvaluationsIsWhatTheProgramPrints() throws Exception {
        StringBuilder expected = new StringBuilder();
        String[][] seeds = {
                {"000_aca55a26c3b508ce.txt", null}, {"001_a0cd898149b9494c.txt", "千葉市"},
                {"002_e2c61e463caa186d.txt", "千葉県"}, {"003_5cc03c52278fc810.txt", "木更津市"},
                {"004_1e9ee568ba054293.txt", null}};
        for (String[] seed : seeds) {
            String file = "src/main/resources/demo/" + seed[0];
            CommandRun run = seed[1] == null
                    ? CommandRun.of("evaluate", "--format", "markdown", file)
                    : CommandRun.of("evaluate", "--format", "markdown", "--org", seed[1], file);
            assertThat(run.exitCode()).as(run.err()).isZero();
            expected.append(run.out());
        }
        String doc = Files.readString(Path.of("docs/evaluation.md"));
        String generated = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END));
        assertThat(generated)
                .as("docs/evaluation.md is out of date: run scripts/generate-evaluation-doc.sh")
                .isEqualTo(expected.toString());
        assertThat(generated).contains("| 01-01 | 成果目標① 月間利用金額 (年度月平均) | increase | 令和4年度 (2022) | 30,000千円 | 40,529千円 | 135.1% | A 達成 |");
    }
}
