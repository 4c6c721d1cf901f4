package jp.shinchoku.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The language of the API's messages: Japanese, unless the program asks for English with
 * {@code Accept-Language: en}. Pages choose theirs with {@code ?lang=}; a program says it in the
 * standard header instead.
 */
public final class ApiLocale {

    private static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private ApiLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.JAPANESE;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return found == null ? Locale.JAPANESE : found;
        } catch (IllegalArgumentException e) {
            return Locale.JAPANESE;
        }
    }
}
