package jp.shinchoku.editing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command that breaks a rule of its own (an empty title, an unknown fiscal year); nothing
 * changed. Each problem names the field, so a form can show it beside the field and the Excel
 * upload beside the cell.
 */
public class Invalid extends RuntimeException {

    private final transient List<Problem> problems;

    public Invalid(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** What is wrong with one field: a message key of messages*.properties and its arguments. */
    public record Problem(String field, String code, List<Object> arguments) {
        public Problem(String field, String code, Object... arguments) {
            this(field, code, List.of(arguments));
        }

        @Override
        public String toString() {
            return field + ": " + code + (arguments.isEmpty() ? "" : " " + arguments);
        }
    }
}
