package jp.shinchoku.staff;

import java.util.List;
import java.util.Locale;
import jp.shinchoku.editing.Invalid;
import org.springframework.context.MessageSource;

/** A refused command's problems in the reader's language: one sentence per problem, from messages*.properties. */
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
}
