package jp.shinchoku.api;

import jp.shinchoku.snapshot.PublishedPlan;
import org.springframework.web.context.request.WebRequest;

/**
 * ETags of published data: a snapshot never changes, so its id (and publication time, which tells
 * a database filled again apart) is its version, known before anything is read or written. A
 * plan never published has no such version; {@link ApiConfiguration}'s filter hashes its body.
 */
final class Etags {

    private Etags() {
    }

    /**
     * Whether the client already holds this version ({@code If-None-Match}): then the answer is 304
     * and the caller returns null. Sets the ETag either way.
     */
    static boolean unchanged(WebRequest request, PublishedPlan plan) {
        if (!plan.isPublished()) {
            return false;
        }
        return request.checkNotModified("\"" + plan.version() + "-"
                + Long.toString(plan.snapshot().publishedAt().toInstant().toEpochMilli(), 36) + "\"");
    }
}
