package jp.shinchoku.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** messages_ja.properties and messages.properties as files, for the tests that every code has its words. */
public final class MessageBundles {

    public static final Properties JAPANESE = load("messages_ja.properties");
    public static final Properties ENGLISH = load("messages.properties");

    private MessageBundles() {
    }

    /** The arguments a message takes: {0}, {1} … */
    public static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (var in = MessageBundles.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        return properties;
    }
}
