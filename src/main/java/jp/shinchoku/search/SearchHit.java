package jp.shinchoku.search;

/**
 * One initiative found. {@code key} is how its plan tells it apart (its code, or its title when it
 * has none); {@code grade} A to D, or null when the plan's latest graded year graded nothing of it.
 */
public record SearchHit(long planId, String organization, String planTitle, String key, String code, String label,
        String title, String section, String grade, Snippet snippet) {

    /** Where the public site shows the initiative. */
    public String url() {
        return InitiativeLinks.url(planId, key);
    }
}
