package jp.shinchoku.fiscal;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as Japanese readers expect it, with the ISO date beside: 令和5年9月1日 (2023-09-01). */
public final class EraDate {

    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);

    private EraDate() {
    }

    public static String label(LocalDate date) {
        return JapaneseDate.from(date).format(JAPANESE) + " (" + date + ")";
    }
}
