package jp.shinchoku.search;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Where the public site shows an initiative: a page of its own under its plan's. */
public final class InitiativeLinks {

    private InitiativeLinks() {
    }

    /** {@code /plans/4/initiatives/01-16}: the initiative as last published. */
    public static String url(long planId, String key) {
        return "/plans/" + planId + "/initiatives/" + UriUtils.encodePathSegment(segment(key), StandardCharsets.UTF_8);
    }

    /**
     * The key as one path segment, before encoding: stripped, and a slash made a full-width one,
     * because servers refuse an encoded slash in a path. Pages find an initiative by comparing
     * this segment, so the two never disagree.
     */
    public static String segment(String key) {
        return key.strip().replace('/', '／');
    }

}
