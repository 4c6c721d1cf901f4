package jp.shinchoku.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import jp.shinchoku.importer.SeedDocuments;
import jp.shinchoku.indicator.EvaluationInputs;
import jp.shinchoku.indicator.Evaluator;
import org.junit.jupiter.api.Test;

class PlanDocumentSchemaTest {

    @Test
    void everySeedsEvaluatedExportIsValid() {
        for (PlanDocument seed : SeedDocuments.all()) {
            String json = PlanDocumentJson.write(Evaluator.evaluate(seed, EvaluationInputs.DEFAULT));
            assertThat(PlanDocumentSchema.check(json)).as(seed.title()).isEmpty();
        }
    }

    @Test
    void aTitleThatIsANumberIsRefusedAtItsPath() {
        assertThat(PlanDocumentSchema.check("{\"format\": \"shinchoku/plan-v1\", \"title\": 1}"))
                .extracting(PlanDocumentSchema.Violation::path, PlanDocumentSchema.Violation::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.title", 1));
    }

    @Test
    void aViolationIsSaidInEnglishAndInJapaneseEvenOnAServerWhoseLocaleIsJapanese() {
        java.util.Locale server = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.JAPAN);
            assertThat(PlanDocumentSchema.check("{\"format\": \"shinchoku/plan-v1\", \"title\": 1}")).singleElement()
                    .satisfies(v -> {
                        assertThat(v.message()).as("English").matches("\\p{ASCII}+").contains("string");
                        assertThat(v.japanese()).as("Japanese").containsPattern("\\p{IsHiragana}|\\p{IsKatakana}|\\p{IsHan}");
                    });
        } finally {
            java.util.Locale.setDefault(server);
        }
    }

    @Test
    void aViolationDeepInTheTreeIsNamedByItsPathAndLine() {
        String json = """
                {"format": "shinchoku/plan-v1", "title": "計画",
                 "sections": [{"title": "柱1", "initiatives": [
                   {"title": "取組", "indicators": [
                     {"name": "指標", "values": [
                       {"fiscalYear": 2023},
                       {"fiscalYear": "令和6年度"}]}]}]}]}
                """;

        assertThat(PlanDocumentSchema.check(json)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.sections[0].initiatives[0].indicators[0].values[1].fiscalYear");
            assertThat(v.line()).isEqualTo(6);
        });
    }

    @Test
    void theEvaluationMayCarryFieldsThisVersionDoesNotKnow() {
        String json = """
                {"format": "shinchoku/plan-v1", "title": "計画", "sections": [{"initiatives": [{"title": "取組",
                 "indicators": [{"name": "指標", "values": [{"fiscalYear": 2023,
                   "evaluation": {"grade": "A", "trend": "up"}}]}]}]}]}
                """;

        assertThat(PlanDocumentSchema.check(json)).isEmpty();
    }

    @Test
    void anUnknownFieldOutsideTheEvaluationIsRefused() {
        assertThat(PlanDocumentSchema.check("{\"format\": \"shinchoku/plan-v1\", \"title\": \"計画\", \"colour\": \"red\"}"))
                .extracting(PlanDocumentSchema.Violation::path).containsExactly("$");
    }
}
