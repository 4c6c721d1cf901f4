package jp.shinchoku.site;

import java.time.LocalDate;
import jp.shinchoku.fiscal.EraDate;
import jp.shinchoku.fiscal.FiscalYear;

/** Fiscal years and dates written the way Japanese readers expect, with the Western year beside. */
final class Years {

    private Years() {
    }

    static String label(Integer year) {
        return year == null ? "" : FiscalYear.of(year).label();
    }

    /** 令和5年9月1日 (2023-09-01). */
    static String date(LocalDate date) {
        return EraDate.label(date);
    }
}
