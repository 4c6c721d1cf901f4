package jp.shinchoku.value;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a target, actual or baseline cell says, as {@link CellReader} classifies it. The original
 * text always stays with the value that {@code Measure} keeps; a reading is what the cell means.
 */
public sealed interface Reading {

    /** The kind, for tables and tests: empty, quantity, range, series, relative or qualitative. */
    String kind();

    /** No value: an empty cell or a marker such as "-" or "_"; {@code note} says why, if the cell does. */
    record Empty(String note) implements Reading {
        @Override
        public String kind() {
            return "empty";
        }
    }

    /**
     * A number with its unit. {@code canonical} is the number in {@code canonicalUnit} (30,000千円
     * = 30,000,000 円); {@code comparator} a bound such as 以上; {@code prefix} words before the
     * number (協定締結数, 月平均); {@code extra} a parenthetical after it ((379件)); {@code note} a
     * remark (※ …, or words after the value).
     */
    record Quantity(BigDecimal number, String unit, BigDecimal canonical, String canonicalUnit, Comparator comparator,
            String prefix, String extra, String note) implements Reading {
        @Override
        public String kind() {
            return "quantity";
        }

        /** True when the two can be compared: the same canonical unit, or one side without a unit. */
        public boolean comparableWith(Quantity other) {
            return canonicalUnit == null || other.canonicalUnit == null || canonicalUnit.equals(other.canonicalUnit);
        }
    }

    /** A range such as 反収 7~7.5俵. */
    record Range(Quantity low, Quantity high) implements Reading {
        @Override
        public String kind() {
            return "range";
        }
    }

    /**
     * Several values in one cell: labelled (小 8.9% 中 12.8%) or split by "/" to match an
     * indicator name split the same way (1,130回/0.154/0). Unlabelled parts have null labels.
     */
    record Series(List<Part> parts) implements Reading {
        @Override
        public String kind() {
            return "series";
        }
    }

    /** One part of a series. */
    record Part(String label, Reading value) {
    }

    /** Words, not numbers: 整備完了, 随時企業との協定を締結. */
    record Qualitative(String text) implements Reading {
        @Override
        public String kind() {
            return "qualitative";
        }
    }

    /**
     * A target set against another year's actual instead of a number: 前年比増加, 前年度以上,
     * 前年度比5%増, 基準年度比10%減. {@code percent} is the change the target asks for, or null
     * where it asks only for a direction or a bound.
     */
    record Relative(String text, Reference reference, Change change, BigDecimal percent) implements Reading {
        @Override
        public String kind() {
            return "relative";
        }

        /** The value the target is measured from. */
        public enum Reference {
            PREVIOUS_YEAR("前年度実績"), BASELINE("基準値");

            private final String words;

            Reference(String words) {
                this.words = words;
            }

            public String words() {
                return words;
            }
        }

        /** What the target asks of the actual, compared with the reference. */
        public enum Change {
            /** 増加: strictly more. */
            MORE,
            /** 以上: at least as much. */
            AT_LEAST,
            /** 減少: strictly less. */
            LESS,
            /** 以下: at most as much. */
            AT_MOST;

            /** True when more is better. */
            public boolean upward() {
                return this == MORE || this == AT_LEAST;
            }

            /** True when the target is only met by a change, not by staying level. */
            public boolean strict() {
                return this == MORE || this == LESS;
            }
        }
    }

    /** A bound written after a number. */
    enum Comparator {
        AT_LEAST("以上"), AT_MOST("以下"), LESS_THAN("未満"), MORE_THAN("超"), WITHIN("以内");

        private final String word;

        Comparator(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** True for 以上 and 超: the target is a floor, so more is better. */
        public boolean isFloor() {
            return this == AT_LEAST || this == MORE_THAN;
        }

        public static Comparator of(String word) {
            for (Comparator c : values()) {
                if (c.word.equals(word)) {
                    return c;
                }
            }
            return null;
        }
    }
}
