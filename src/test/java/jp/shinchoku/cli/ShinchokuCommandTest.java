package jp.shinchoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinchokuCommandTest {

    @Test
    void optionsWithoutACommandAreTheServersOptions() {
        assertThat(ShinchokuCommand.withDefaultCommand("--no-demo", "--port", "9090"))
                .containsExactly("serve", "--no-demo", "--port", "9090");
    }

    @Test
    void helpVersionAndCommandsAreLeftAlone() {
        assertThat(ShinchokuCommand.withDefaultCommand("--help")).containsExactly("--help");
        assertThat(ShinchokuCommand.withDefaultCommand("plans")).containsExactly("plans");
        assertThat(ShinchokuCommand.withDefaultCommand()).isEmpty();
    }
}
