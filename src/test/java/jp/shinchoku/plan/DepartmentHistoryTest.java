package jp.shinchoku.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentHistoryTest {

    static final long PLANNING = 1;
    static final long POLICY = 2;
    static final OffsetDateTime JANUARY = OffsetDateTime.parse("2025-01-10T10:00:00+09:00");
    static final OffsetDateTime APRIL = OffsetDateTime.parse("2025-04-01T09:00:00+09:00");
    static final OffsetDateTime JULY = OffsetDateTime.parse("2025-07-01T09:00:00+09:00");
    static final OffsetDateTime OCTOBER = OffsetDateTime.parse("2025-10-01T09:00:00+09:00");
    /** 企画課 became 企画政策課 on 1 April; 政策課 took the name 企画課 on 1 July. */
    static final DepartmentHistory TAKEN_OVER = new DepartmentHistory(List.of(
            new DepartmentName(PLANNING, "企画課", null, APRIL, false),
            new DepartmentName(PLANNING, "企画政策課", APRIL, null, false),
            new DepartmentName(POLICY, "政策課", null, JULY, false),
            new DepartmentName(POLICY, "企画課", JULY, null, false)));

    @Test
    void aNameBorneBeforeARenameStillMeansTheDepartmentInAReportPublishedBeforeIt() {
        // 企画課 was renamed 企画政策課 on 1 April
        DepartmentHistory history = new DepartmentHistory(List.of(
                new DepartmentName(PLANNING, "企画課", null, APRIL, false),
                new DepartmentName(PLANNING, "企画政策課", APRIL, null, false)));

        assertThat(history.namesAt(PLANNING, JANUARY)).containsOnlyKeys("企画課", "企画政策課");
        assertThat(history.namesAt(PLANNING, JANUARY).get("企画課").merged()).isFalse();
        assertThat(history.namesAt(PLANNING, null)).containsOnlyKeys("企画課", "企画政策課");
    }

    @Test
    void aNameGivenUpAndTakenByAnotherDepartmentMeansEachDepartmentInTheReportsOfItsTime() {
        DepartmentHistory history = TAKEN_OVER;

        // January: 企画課 was the first department's name; 政策課 the second's
        assertThat(history.namesAt(PLANNING, JANUARY)).containsOnlyKeys("企画課", "企画政策課");
        assertThat(history.namesAt(POLICY, JANUARY)).containsOnlyKeys("政策課");
        // October, and a document of now: 企画課 is the second department's
        assertThat(history.namesAt(PLANNING, OCTOBER)).containsOnlyKeys("企画政策課");
        assertThat(history.namesAt(POLICY, OCTOBER)).containsOnlyKeys("政策課", "企画課");
        assertThat(history.namesAt(PLANNING, null)).containsOnlyKeys("企画政策課");
    }

    @Test
    void aRenameTakesEffectAtItsMomentSoAReportPublishedThenUsesTheNewName() {
        DepartmentHistory history = new DepartmentHistory(List.of(
                new DepartmentName(PLANNING, "企画課", null, APRIL, false),
                new DepartmentName(PLANNING, "企画政策課", APRIL, null, false),
                new DepartmentName(POLICY, "企画課", APRIL, null, false)));

        // at the very moment of the rename 企画課 is already the second department's
        assertThat(history.namesAt(PLANNING, APRIL)).containsOnlyKeys("企画政策課");
        assertThat(history.namesAt(POLICY, APRIL)).containsOnlyKeys("企画課");
    }

    @Test
    void theNamesOfADepartmentMergedInMeanTheRemainingOneAndAreMarkedMerged() {
        // 康推進課 (a misspelling) was merged into 健康推進課 on 1 July
        DepartmentHistory history = new DepartmentHistory(List.of(
                new DepartmentName(POLICY, "健康推進課", null, null, false),
                new DepartmentName(POLICY, "康推進課", null, JULY, true)));

        assertThat(history.namesAt(POLICY, JANUARY)).containsOnlyKeys("健康推進課", "康推進課");
        assertThat(history.namesAt(POLICY, JANUARY).get("康推進課").merged()).isTrue();
        assertThat(history.namesAt(POLICY, JANUARY).get("健康推進課").merged()).isFalse();
        assertThat(history.namesAt(PLANNING, JANUARY)).isEmpty();
    }

    @Test
    void aNameBorneTwiceIsMarkedAsInThePeriodThatCoversTheMoment() {
        // 企画課 merged into 政策課 in April, and 政策課 renamed itself 企画課 in July
        DepartmentHistory history = new DepartmentHistory(List.of(
                new DepartmentName(POLICY, "企画課", null, APRIL, true),
                new DepartmentName(POLICY, "政策課", null, JULY, false),
                new DepartmentName(POLICY, "企画課", JULY, null, false)));

        assertThat(history.namesAt(POLICY, JANUARY).get("企画課").merged()).isTrue();
        assertThat(history.namesAt(POLICY, OCTOBER).get("企画課").merged()).isFalse();
    }

    @Test
    void eachNameOfAReportIsCalledByWhatItsDepartmentBearsNow() {
        DepartmentHistory history = TAKEN_OVER;

        // a report of January: its 企画課 is now 企画政策課, its 政策課 now 企画課
        assertThat(history.currentNamesAt(JANUARY)).containsOnly(
                entry("企画課", List.of("企画政策課")), entry("企画政策課", List.of("企画政策課")),
                entry("政策課", List.of("企画課")));
        // a report of October already says 企画課 for the second department
        assertThat(history.currentNamesAt(OCTOBER)).containsOnly(
                entry("企画政策課", List.of("企画政策課")), entry("企画課", List.of("企画課")),
                entry("政策課", List.of("企画課")));
    }

    @Test
    void aMergedDepartmentsNameIsCalledByTheNameOfTheOneItWasMergedInto() {
        DepartmentHistory history = new DepartmentHistory(List.of(
                new DepartmentName(POLICY, "健康推進課", null, null, false),
                new DepartmentName(POLICY, "康推進課", null, JULY, true)));

        assertThat(history.currentNamesAt(JANUARY)).containsOnly(
                entry("健康推進課", List.of("健康推進課")), entry("康推進課", List.of("健康推進課")));
    }
}
