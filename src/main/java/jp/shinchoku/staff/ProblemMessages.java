package jp.shinchoku.staff;

import java.util.List;
import java.util.Locale;
import jp.shinchoku.editing.Invalid;
import jp.shinchoku.importer.ImportProblem;
import org.springframework.context.MessageSource;

/**
 * A refused command's or an unreadable file's problems in the reader's language: one sentence per
 * problem, from messages*.properties.
 */
final class ProblemMessages {

    private ProblemMessages() {
    }

    static List<String> of(MessageSource messages, Invalid e, Locale locale) {
        return e.problems().stream()
                .map(p -> messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)).toList();
    }

    static String joined(MessageSource messages, Invalid e, Locale locale) {
        return String.join(" ", of(messages, e, locale));
    }

    /**
     * FILE:ROW:COLUMN and what is wrong, in the reader's language where the reader of the file gave
     * a message code (the tables, the template, the seed layouts and plan documents do), else in the
     * English the command line prints.
     */
    static List<String> of(MessageSource messages, List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> p.location() + ": "
                + (p.localized() == null ? p.message() : messages.getMessage(p.localized(), locale))).toList();
    }
}
