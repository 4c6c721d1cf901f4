package jp.shinchoku.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download whose name is Japanese: an ASCII name for old clients
 * and the real name in RFC 5987 form ({@code filename*=UTF-8''…}), which browsers prefer.
 */
public final class Downloads {

    private Downloads() {
    }

    public static String attachment(String fileName, String asciiFallback) {
        return disposition("attachment", fileName, asciiFallback);
    }

    public static String inline(String fileName, String asciiFallback) {
        return disposition("inline", fileName, asciiFallback);
    }

    /** A file name made of {@code parts}, without the characters that no file system allows. */
    public static String fileName(String extension, String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : "_").append(part.strip());
            }
        }
        return name.toString().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "." + extension;
    }

    private static String disposition(String type, String fileName, String asciiFallback) {
        if (!asciiFallback.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a plain ASCII file name: " + asciiFallback);
        }
        // RFC 5987 attr-char allows only these unescaped; URLEncoder escapes more, and writes a space as '+'
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("*", "%2A").replace("%21", "!").replace("%7E", "~");
        return type + "; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
    }
}
