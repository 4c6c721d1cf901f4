package jp.shinchoku.search;

import jp.shinchoku.indicator.Grade;

/**
 * One initiative found. {@code key} is how its plan tells it apart (its code, or its title when it
 * has none); {@code grade} A to D, or null when the plan's latest graded year graded nothing of it.
 */
public record SearchHit(long planId, String organization, String planTitle, String key, String code, String label,
        String title, String section, String grade, Snippet snippet) {

    /** The grade in words (概ね達成 for B), or null without a grade. */
    public String gradeLabel() {
        return grade == null ? null : Grade.valueOf(grade).label();
    }

    /** Where the public site shows the initiative. */
    public String url() {
        return InitiativeLinks.url(planId, key);
    }
}
