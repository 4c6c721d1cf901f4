package jp.shinchoku.roundbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One indicator-year of a department's task, as the reporting workbook shows it: which initiative
 * and indicator, the fiscal year, and the target, actual and note it holds now.
 *
 * @param indicatorKey the indicator as the editing commands name it (its label, or its name)
 * @param qualitative the indicator's target is in words, so its actual is a judgement in words
 */
public record TaskLine(long initiativeId, String code, String title, String indicatorKey, String indicatorName,
        String unit, int fiscalYear, String target, String actual, String note, boolean qualitative) {

    /**
     * What the values were when the workbook was written. A workbook whose line no longer has this
     * fingerprint was downloaded before someone changed that line, and is refused as stale.
     */
    public String fingerprint() {
        return fingerprint(target, actual, note);
    }

    static String fingerprint(String target, String actual, String note) {
        String values = nonNull(target) + '\u001f' + nonNull(actual) + '\u001f' + nonNull(note);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(values.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
