package jp.shinchoku.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueIdentitiesTest {

    @Test
    void aManifestoWithTenOfItsLinesRepeatedIsRefusedNamingBothLinesOfEachRepeatedInitiative() {
        // lines 77-86 of 000 hold No.20 to No.25 and the heading rows between them; they are repeated after line 86
        List<String> lines = new ArrayList<>(new String(Seeds.bytes(Seeds.MANIFESTO), StandardCharsets.UTF_8).lines().toList());
        List<String> repeated = new ArrayList<>(lines.subList(76, 86));
        lines.addAll(86, repeated);
        SourceText doubled = SourceText.of("doubled.txt", String.join("\n", lines));

        assertThatThrownBy(() -> PlanReader.withAllLayouts().read(doubled, ImportOptions.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems().get(0).toString())
                            .startsWith("doubled.txt:87: 取組「20 介護保険施設等の計画的な整備」が重複しています。77 行目と 87 行目");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isGreaterThan(86));
                });
    }

    @Test
    void theSeedsThemselvesHoldEachInitiativeOnce() {
        for (String seed : List.of(Seeds.MANIFESTO, Seeds.CITY_REFORM, Seeds.PREFECTURE_SHEETS, Seeds.DX_SHEETS,
                Seeds.REFORM_PROGRESS)) {
            org.assertj.core.api.Assertions.assertThatCode(
                    () -> PlanReader.withAllLayouts().preview(Seeds.source(seed), ImportOptions.NONE))
                    .as(seed).doesNotThrowAnyException();
        }
    }
}
