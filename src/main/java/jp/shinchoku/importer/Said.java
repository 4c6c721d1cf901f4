package jp.shinchoku.importer;

import java.util.List;

/**
 * Something the reading of a file says, as a message code and its arguments: the screens render it
 * with their MessageSource in the reader's language, the command line in English. An argument may
 * itself be said, in the same language.
 */
public record Said(ImportMessage message, List<Object> arguments) implements MessageCode {

    public Said {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String code() {
        return message.code();
    }

    /** As the command line says it. */
    public String english() {
        return BundledMessages.english(this);
    }

    /** The problem this names at a line of a file, in English for the command line and as a code for the screens. */
    public ImportProblem at(String file, int line) {
        return new ImportProblem(file, line, null, english(), this);
    }
}
