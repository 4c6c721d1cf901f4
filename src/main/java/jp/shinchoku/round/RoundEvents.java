package jp.shinchoku.round;

/** What happened in rounds, for notices, mail and the staff home page. */
public final class RoundEvents {

    private RoundEvents() {
    }

    public record RoundOpened(long roundId, long planId) {
    }

    public record TaskSubmitted(long roundId, long taskId) {
    }

    public record TaskReturned(long roundId, long taskId, String comment) {
    }

    public record TaskApproved(long roundId, long taskId) {
    }

    public record RoundPublished(long roundId, long planId, long snapshotId) {
    }
}
