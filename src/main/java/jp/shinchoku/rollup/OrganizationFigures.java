package jp.shinchoku.rollup;

/** A government with the grade counts of its plans' latest snapshots added up. */
public record OrganizationFigures(long id, String name, String prefecture, String kind, int plans, GradeCounts counts) {
}
