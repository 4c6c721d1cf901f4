package jp.shinchoku.search;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Where the public site shows an initiative: its plan's page, at the initiative's anchor. */
public final class InitiativeLinks {

    private InitiativeLinks() {
    }

    /** {@code /plans/4#i-01-16}; the anchor is the one templates/plan/section.html gives each initiative. */
    public static String url(long planId, String key) {
        return "/plans/" + planId + "#" + UriUtils.encodeFragment(anchor(key), StandardCharsets.UTF_8);
    }

    /** {@code i-} and the initiative's key, spaces made underscores (an HTML id has none). */
    public static String anchor(String key) {
        return "i-" + key.strip().replaceAll("\\s+", "_");
    }
}
