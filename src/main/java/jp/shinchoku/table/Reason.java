package jp.shinchoku.table;

import java.util.List;
import jp.shinchoku.importer.BundledMessages;
import jp.shinchoku.importer.ImportProblem;
import jp.shinchoku.importer.MessageCode;

/**
 * Something the table reading says, as a message code and its arguments: the screens render it
 * with their MessageSource in the reader's language, the command line in English. An argument
 * may itself be a reason or a {@link TableFix}; both are rendered in the same language. Numbers are
 * given as text, so that no locale groups their digits.
 */
public record Reason(TableMessage message, List<Object> arguments) implements MessageCode {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(TableMessage message, Object... arguments) {
        return new Reason(message, java.util.Arrays.stream(arguments).map(a -> a == null ? "" : a).toList());
    }

    @Override
    public String code() {
        return message.code();
    }

    /** As the command line says it: in English, a fix naming its options. */
    public String english() {
        return BundledMessages.english(forCommandLine());
    }

    /** The problem this reason names, at a line (and column) of a file. */
    ImportProblem at(String file, int line, String column) {
        return new ImportProblem(file, line, column, english(), this);
    }

    ImportProblem at(String file, int line) {
        return at(file, line, null);
    }

    private Reason forCommandLine() {
        return new Reason(message, arguments.stream().map(a -> a instanceof TableFix fix ? fix.commandLine()
                : a instanceof Reason r ? r.forCommandLine() : a).toList());
    }
}
