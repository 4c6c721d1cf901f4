package jp.shinchoku.indicator;

/** A person's grade for one fiscal year of an indicator, with the reason they gave. */
public record Judgement(Grade grade, String reason, String judgedBy) {
}
