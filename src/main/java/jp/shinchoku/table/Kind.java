package jp.shinchoku.table;

/** What a value column holds. */
public enum Kind {
    TARGET, ACTUAL, BASELINE
}
