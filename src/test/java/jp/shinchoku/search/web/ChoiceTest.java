package jp.shinchoku.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import jp.shinchoku.search.web.SearchPageController.Choice;
import jp.shinchoku.search.web.SearchPageController.Option;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    private static List<String[]> departments(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new String[] {"課" + i, "課" + i}).toList();
    }

    @Test
    void aDropDownOffersEveryValueAndMarksTheChosenOne() {
        Choice c = Choice.of("department", "search.department", departments(3), "課2");
        assertThat(c.options()).containsExactly(new Option("課1", "課1", false), new Option("課2", "課2", true),
                new Option("課3", "課3", false));
        assertThat(c.hintKey()).isNull();
    }

    @Test
    void aDropDownWithMoreThanAnyoneReadsKeepsOnlyTheChosenValueAndAsksForAnOrganisation() {
        assertThat(Choice.of("department", "search.department", departments(Choice.MOST), null).options())
                .hasSize(Choice.MOST);
        Choice none = Choice.of("department", "search.department", departments(Choice.MOST + 1), null);
        assertThat(none.options()).isEmpty();
        assertThat(none.hintKey()).isEqualTo("search.chooseOrganizationFirst");
        assertThat(Choice.of("department", "search.department", departments(Choice.MOST + 1), "課7").options())
                .containsExactly(new Option("課7", "課7", true));
    }
}
