package jp.shinchoku.siteexport;

import java.util.List;
import java.util.Set;

/**
 * Which addresses of the application the export holds. The crawl fetches as an anonymous visitor,
 * so the application's own security decides what is public (a staff page answers with the login
 * page, which is not exported); these paths are not even asked for, being for people at work or
 * for programs: the staff pages, logins, the JSON API and its documentation.
 *
 * <p>Limited to one organization ({@code --org}), the export holds that organization's pages
 * (its plans, its open data, its organization page, which becomes the export's front page) and
 * the assets every page needs; pages about every organization (the list of all plans, the
 * overview) are left out, and links to them read as plain text.
 */
record Scope(Set<Long> plans, Set<String> organizationKeys, String organizationPage) {

    static final List<String> NEVER = List.of("/staff", "/login", "/logout", "/api", "/v3", "/swagger-ui",
            "/swagger-ui.html", "/error", "/actuator");
    static final Set<String> ASSETS = Set.of("css", "js", "webjars", "images", "img", "fonts", "favicon.ico", "search");

    /** The whole public site. */
    static Scope everything() {
        return new Scope(null, null, null);
    }

    /**
     * One organization's part.
     *
     * @param organizationPage its page in the application, {@code /organizations/3}, or null when the
     *                         application has none (the front page is then the list of every plan)
     */
    static Scope organization(Set<Long> plans, Set<String> keys, String organizationPage) {
        return new Scope(Set.copyOf(plans), Set.copyOf(keys), organizationPage);
    }

    /** The address as the export holds it ({@code /} for the organization's page), or null when it is left out. */
    Address exported(Address address) {
        if (address == null || address.file() == null || NEVER.stream().anyMatch(p -> under(address.path(), p))) {
            return null;
        }
        if (plans == null) {
            return address;
        }
        if (organizationPage != null && (address.path().equals(organizationPage)
                || address.path().equals(organizationPage + "/"))) {
            return new Address("/", address.query());
        }
        return ofOrganization(address.segments()) ? address : null;
    }

    private boolean ofOrganization(List<String> segments) {
        if (segments.isEmpty()) {
            // the organization's page, or the list of every plan when the application has no such page
            return true;
        }
        String first = segments.get(0);
        if (ASSETS.contains(first)) {
            return true;
        }
        if (segments.size() < 2) {
            return false;
        }
        return switch (first) {
            case "plans", "opendata" -> plans.contains(number(segments.get(1)));
            case "organizations" -> organizationKeys.contains(segments.get(1));
            default -> false;
        };
    }

    private static long number(String segment) {
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
