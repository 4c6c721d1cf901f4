package jp.shinchoku.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shinchoku.plan.RegisteredDepartment;
import org.junit.jupiter.api.Test;

class DepartmentNamesTest {

    @Test
    void aNameWithTheOldFormOfAKanjiLooksLikeTheNameWithTheCommonForm() {
        assertThat(DepartmentNames.key("高齡者福祉課")).isEqualTo("高齢者福祉課");
        assertThat(DepartmentNames.lookAlike("高齡者福祉課", "高齢者福祉課")).isTrue();
    }

    @Test
    void spacesAndFullWidthLettersDoNotMakeADifferentName() {
        assertThat(DepartmentNames.lookAlike("こども未来部 幼保支援課", "こども未来部幼保支援課")).isTrue();
        assertThat(DepartmentNames.lookAlike("観光ＭＩＣＥ企画課", "観光MICE企画課")).isTrue();
    }

    @Test
    void aNameThatEndsAnotherLooksLikeIt() {
        assertThat(DepartmentNames.lookAlike("康推進課", "健康推進課")).isTrue();
        assertThat(DepartmentNames.lookAlike("健康推進課", "健康こども部健康推進課")).isTrue();
    }

    @Test
    void differentDepartmentsAndShortCommonEndingsDoNotLookAlike() {
        assertThat(DepartmentNames.lookAlike("健康推進課", "健康支援課")).isFalse();
        // 市民税課 ends with 税課, but two characters are too short to mean the same department
        assertThat(DepartmentNames.lookAlike("市民税課", "税課")).isFalse();
        assertThat(DepartmentNames.lookAlike("総務課", "職員課")).isFalse();
    }

    @Test
    void theListNamesForEachDepartmentTheOthersThatLookLikeIt() {
        List<RegisteredDepartment> registry = List.of(department(1, "康推進課"), department(2, "健康推進課"),
                department(3, "産業振興課"));
        assertThat(DepartmentNames.lookAlikes(registry))
                .containsOnlyKeys(1L, 2L)
                .containsEntry(1L, List.of("健康推進課"))
                .containsEntry(2L, List.of("康推進課"));
    }

    private static RegisteredDepartment department(long id, String name) {
        return new RegisteredDepartment(id, 1, name, 0, 0, 0);
    }
}
