package jp.shinchoku.fiscal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度), April to March, named by the Western year in which it starts:
 * 令和4年度 = R4 = 2022 (2022-04-01 … 2023-03-31). Knows the Reiwa and Heisei ways of writing it.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    private static final int REIWA_OFFSET = 2018;
    private static final int HEISEI_OFFSET = 1988;
    private static final Pattern ERA = Pattern.compile("(令和|平成|R|H)\\s*(\\d{1,2}|元)\\s*(?:年度|年)?");
    private static final Pattern WESTERN = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");
    /** A date in a heading: 平成15年9月30日現在, 2023年3月末, R5.3.31. */
    private static final Pattern DATE = Pattern.compile(
            "(令和|平成|R|H|(?=(?:19|20)\\d{2}))\\s*(\\d{1,4}|元)\\s*[年.]\\s*(\\d{1,2})\\s*(?:月|\\.)");
    private static final Pattern BARE_WESTERN = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    public FiscalYear {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("fiscal year out of range: " + year);
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    /** The fiscal year a date falls in: 2023-03-31 is in FY2022, 2023-04-01 in FY2023. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads the first fiscal year written in {@code text}: "R4", "R4年度", "令和4年度", "令和元年度",
     * "平成31年度", "2022年度" (full-width digits too). Empty when there is none.
     */
    public static Optional<FiscalYear> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher era = ERA.matcher(t);
        if (era.find()) {
            int n = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
            boolean reiwa = era.group(1).equals("令和") || era.group(1).equals("R");
            return Optional.of(new FiscalYear((reiwa ? REIWA_OFFSET : HEISEI_OFFSET) + n));
        }
        Matcher western = WESTERN.matcher(t);
        if (western.find()) {
            return Optional.of(new FiscalYear(Integer.parseInt(western.group(1))));
        }
        return Optional.empty();
    }

    /**
     * Reads the fiscal year a table heading names: everything {@link #find} reads, a date (the
     * fiscal year it falls in: 平成16年3月31日現在 is FY2003), and a bare Western year ("2023",
     * "2023(R5)"), which a heading uses where a cell would not. Empty when there is none.
     */
    public static Optional<FiscalYear> findInHeading(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher date = DATE.matcher(t);
        if (date.find()) {
            int month = Integer.parseInt(date.group(3));
            Optional<Integer> year = calendarYear(date.group(1), date.group(2));
            if (year.isPresent() && month >= 1 && month <= 12) {
                return Optional.of(containing(LocalDate.of(year.get(), month, 1)));
            }
        }
        Optional<FiscalYear> found = find(t);
        if (found.isPresent()) {
            return found;
        }
        Matcher bare = BARE_WESTERN.matcher(t);
        return bare.find() ? Optional.of(new FiscalYear(Integer.parseInt(bare.group(1)))) : Optional.empty();
    }

    private static Optional<Integer> calendarYear(String era, String number) {
        int n = number.equals("元") ? 1 : Integer.parseInt(number);
        return switch (era) {
            case "令和", "R" -> n < 100 ? Optional.of(REIWA_OFFSET + n) : Optional.empty();
            case "平成", "H" -> n < 100 ? Optional.of(HEISEI_OFFSET + n) : Optional.empty();
            default -> n >= 1900 && n <= 2200 ? Optional.of(n) : Optional.empty();
        };
    }

    public static FiscalYear parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("not a fiscal year: " + text));
    }

    /** 令和5年度 for 2023, 令和元年度 for 2019, 平成30年度 for 2018. */
    public String japanese() {
        if (year >= 2019) {
            int n = year - REIWA_OFFSET;
            return "令和" + (n == 1 ? "元" : String.valueOf(n)) + "年度";
        }
        int n = year - HEISEI_OFFSET;
        return "平成" + (n == 1 ? "元" : String.valueOf(n)) + "年度";
    }

    /** Both ways, as staff and researchers read it: 令和5年度 (2023). */
    public String label() {
        return japanese() + " (" + year + ")";
    }

    /** 令和3年度 (2021) – 令和6年度 (2024) for a plan's years; "" for none. */
    public static String range(List<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        String first = of(years.get(0)).label();
        return years.size() == 1 ? first : first + " – " + of(years.get(years.size() - 1)).label();
    }

    public LocalDate lastDay() {
        return LocalDate.of(year + 1, 3, 31);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return label();
    }
}
