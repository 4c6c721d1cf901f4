package jp.shinchoku.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MappingJsonTest {

    @Test
    void aMappingGivesRolesByLetterOrHeaderAndValueColumnsTheirYearAndKind() {
        MappingOverride m = MappingJson.read("""
                {"sheet": "KPI", "headerLines": [3, 4], "periodEnd": 2025,
                 "columns": {"A": "section", "指標名": "indicator",
                             "E": {"role": "value", "fiscalYear": 2023, "kind": "target"}}}
                """);

        assertThat(m.sheet()).isEqualTo("KPI");
        assertThat(m.firstHeaderLine()).isEqualTo(3);
        assertThat(m.lastHeaderLine()).isEqualTo(4);
        assertThat(m.periodEnd()).isEqualTo(2025);
        assertThat(m.columns()).containsEntry("A", new MappingOverride.ColumnSpec(Role.SECTION, null, null))
                .containsEntry("指標名", new MappingOverride.ColumnSpec(Role.INDICATOR, null, null))
                .containsEntry("E", new MappingOverride.ColumnSpec(Role.VALUE, 2023, Kind.TARGET));
    }

    @Test
    void aSavedMappingReadsBackAsItWasWritten() {
        MappingOverride m = MappingJson.read("""
                {"headerLines": [2], "columns": {"related-department": "related-department", "C": {"role": "value", "kind": "baseline"}}}
                """);

        assertThat(MappingJson.read(MappingJson.write(m))).isEqualTo(m);
    }

    @Test
    void aWrongFieldIsNamed() {
        assertThatThrownBy(() -> MappingJson.read("{\"colums\": {}}"))
                .hasMessage("the mapping has an unknown field \"colums\" (known: sheet, headerLines, periodEnd, columns)");
        assertThatThrownBy(() -> MappingJson.read("{\"columns\": {\"E\": {\"role\": \"value\", \"kind\": \"plan\"}}}"))
                .hasMessage("\"columns.E.kind\" is \"plan\": use target, actual or baseline");
        assertThatThrownBy(() -> MappingJson.read("{\"periodEnd\": \"R7\"}"))
                .hasMessage("\"periodEnd\" must be a Western fiscal year such as 2025");
    }
}
