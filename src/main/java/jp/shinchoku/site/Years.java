package jp.shinchoku.site;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.shinchoku.fiscal.FiscalYear;

/** Fiscal years and dates written the way Japanese readers expect, with the Western year beside. */
final class Years {

    private static final DateTimeFormatter JAPANESE_DATE =
            DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);

    private Years() {
    }

    static String label(Integer year) {
        return year == null ? "" : FiscalYear.of(year).label();
    }

    /** 令和5年9月1日 (2023-09-01). */
    static String date(LocalDate date) {
        return JapaneseDate.from(date).format(JAPANESE_DATE) + " (" + date + ")";
    }
}
