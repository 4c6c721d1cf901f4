package jp.shinchoku.opendata;

/** A column of a dataset: its English identifier (for programs) and its Japanese header (for people). */
public record Column(String id, String header) {
}
