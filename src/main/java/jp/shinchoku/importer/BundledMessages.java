package jp.shinchoku.importer;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * messages*.properties read as the application reads them, outside the application: the command
 * line prints a problem in English that the screens say in the reader's language.
 */
public final class BundledMessages {

    private static final ResourceBundleMessageSource MESSAGES = load();

    private BundledMessages() {
    }

    /** The message in English; a message code among its arguments is said in English too. */
    public static String english(MessageSourceResolvable message) {
        return MESSAGES.getMessage(message, Locale.ROOT);
    }

    /** The message in Japanese, as the screens say it. */
    public static String japanese(MessageSourceResolvable message) {
        return MESSAGES.getMessage(message, Locale.JAPANESE);
    }

    private static ResourceBundleMessageSource load() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
