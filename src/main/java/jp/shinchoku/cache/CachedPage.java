package jp.shinchoku.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One answer as stored: its bytes plain and gzipped (null when gzip would not be smaller), and the
 * strong ETag of each representation.
 */
record CachedPage(String contentType, String contentLanguage, byte[] plain, byte[] gzipped, String etag) {

    /** The answer's own strong ETag when the application gave one (the API names the snapshot), else a digest. */
    static CachedPage of(String contentType, String contentLanguage, byte[] plain, String givenEtag) {
        byte[] gzipped = gzip(plain);
        boolean strong = givenEtag != null && givenEtag.startsWith("\"") && givenEtag.endsWith("\"") && givenEtag.length() > 2;
        return new CachedPage(contentType, contentLanguage, plain, gzipped.length < plain.length ? gzipped : null,
                strong ? givenEtag : "\"" + digest(plain) + "\"");
    }

    /** The ETag of the gzipped representation: another representation, another strong tag. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    int weight() {
        return 200 + plain.length + (gzipped == null ? 0 : gzipped.length);
    }

    /** Whether an If-None-Match header names either representation of this answer. */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag) || t.equals(gzipEtag())) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] plain) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
