package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.shinchoku.plan.document.PlanDocument;
import jp.shinchoku.plan.document.PlanDocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {

    private final PlanReader reader = PlanReader.withAllLayouts();

    @Test
    void detectsTheLayoutOfEachSeed() throws ImportException {
        Map<String, String> layouts = Map.of(
                Seeds.MANIFESTO, "chiba-city-manifesto",
                Seeds.CITY_REFORM, "chiba-city-reform",
                Seeds.PREFECTURE_SHEETS, "chiba-pref-reform-sheet",
                Seeds.DX_SHEETS, "kisarazu-dx-policy-sheet",
                Seeds.REFORM_PROGRESS, "kisarazu-reform-progress");
        for (var e : layouts.entrySet()) {
            assertThat(reader.detect(Seeds.source(e.getKey())).layout()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void takesTheOrganisationFromADocumentThatNamesItself() throws ImportException {
        assertThat(reader.read(Seeds.source(Seeds.MANIFESTO), ImportOptions.NONE).organization()).isEqualTo("千葉市");
    }

    @Test
    void asksForTheOrganisationWhenTheDocumentDoesNotNameIt() {
        assertThatThrownBy(() -> reader.read(Seeds.source(Seeds.PREFECTURE_SHEETS), ImportOptions.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith(Seeds.PREFECTURE_SHEETS + ":1:").contains("--org")));
    }

    @Test
    void previewsADocumentThatDoesNotNameItsOrganisation() throws ImportException {
        PlanDocument d = reader.preview(Seeds.source(Seeds.PREFECTURE_SHEETS), ImportOptions.NONE);
        assertThat(d.organization()).isNull();
        assertThat(d.allInitiatives()).hasSize(6);
    }

    @Test
    void letsTheUserOverrideTitleAndOrganisation() throws ImportException {
        PlanDocument d = reader.read(Seeds.source(Seeds.CITY_REFORM), new ImportOptions(" 千葉市 ", "令和4年度 行政改革"));
        assertThat(d.organization()).isEqualTo("千葉市");
        assertThat(d.title()).isEqualTo("令和4年度 行政改革");
    }

    @Test
    void remembersTheFileNameWithoutItsFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("manifesto.txt");
        Files.write(file, Seeds.bytes(Seeds.MANIFESTO));
        assertThat(reader.read(file, ImportOptions.NONE).source().fileName()).isEqualTo("manifesto.txt");
    }

    @Test
    void saysWhenAFileIsMissingOrAFolder(@TempDir Path dir) {
        Path missing = dir.resolve("nothing.txt");
        assertThatThrownBy(() -> reader.read(missing, ImportOptions.NONE)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.getMessage()).isEqualTo(missing + ":0: there is no such file"));
        assertThatThrownBy(() -> reader.read(dir, ImportOptions.NONE)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.getMessage()).isEqualTo(dir + ":0: this is a folder: name the files in it instead"));
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), "\n\n");
        assertThatThrownBy(() -> reader.read(file, ImportOptions.NONE)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::toString)
                        .containsExactly(file + ":1: the file is empty: there is no plan to import"));
    }

    @Test
    void refusesABinaryFile(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '\n', 1, 0, 2, 3});
        assertThatThrownBy(() -> reader.read(file, ImportOptions.NONE)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("binary file");
                }));
    }

    @Test
    void refusesTextThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("sjis.txt"), "計画\n取組".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        assertThatThrownBy(() -> reader.read(file, ImportOptions.NONE)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.getMessage()).contains(file + ":1:").contains("not UTF-8"));
    }

    @Test
    void refusesALayoutNoImporterKnows(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("minutes.txt"), "議事録\n出席者\t5名\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file, ImportOptions.NONE)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.toString()).startsWith(file + ":1: unknown layout");
                    assertThat(p.message()).contains("chiba-city-manifesto").contains("kisarazu-dx-policy-sheet");
                }));
    }

    @Test
    void readsBackAPlanDocumentItWrote() throws ImportException {
        PlanDocument original = reader.read(Seeds.source(Seeds.MANIFESTO), ImportOptions.NONE);
        PlanDocument again = reader.read(SourceText.of("plan.json", PlanDocumentJson.write(original)), ImportOptions.NONE);
        assertThat(again).isEqualTo(original);
    }

    @Test
    void namesTheLineOfABrokenPlanDocument() {
        String json = "{\n  \"format\" : \"shinchoku/plan-v1\",\n  \"organization\" : \"千葉市\",\n  \"title\" : \"x\",\n  \"fiscalYears\" : [ 2022, \"二〇二三\" ]\n}";
        assertThatThrownBy(() -> reader.read(SourceText.of("plan.json", json), ImportOptions.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(5);
                            assertThat(p.message()).startsWith("not a valid plan document");
                        }));
    }

    @Test
    void refusesAPlanDocumentOfAnotherFormat() {
        String json = "{\"format\": \"shinchoku/plan-v9\", \"organization\": \"千葉市\", \"title\": \"x\"}";
        assertThatThrownBy(() -> reader.read(SourceText.of("plan.json", json), ImportOptions.NONE))
                .isInstanceOf(ImportException.class);
    }

    @Test
    void aPlanDocumentWhoseTitleIsANumberIsRefusedByTheSchema() {
        String json = "{\"format\": \"shinchoku/plan-v1\", \"title\": 1}";
        assertThatThrownBy(() -> reader.preview(SourceText.of("plan.json", json), ImportOptions.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("plan.json:1: not a valid plan document: $.title: integer found, string expected");
    }
}
