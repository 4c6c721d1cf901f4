package jp.shinchoku.search;

/** An initiative of another plan that is about the same thing. */
public record RelatedInitiative(long planId, String organization, String planTitle, String key, String code,
        String title) {

    public String url() {
        return InitiativeLinks.url(planId, key);
    }
}
