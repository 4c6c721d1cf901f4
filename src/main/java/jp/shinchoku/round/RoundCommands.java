package jp.shinchoku.round;

import java.time.LocalDate;

/** The round's actions, one record each, shared by the screens, the API and the command line. */
public final class RoundCommands {

    private RoundCommands() {
    }

    /** Opens a round: which plan, what it is called (令和5年度 決算時), as of when, until when, for which year's actuals. */
    public record OpenRound(long planId, String title, LocalDate asOf, LocalDate deadline, Integer fiscalYear) {
    }

    public record Submit(long taskId, String comment) {
    }

    public record Approve(long taskId, String comment) {
    }

    public record Return(long taskId, String comment) {
    }

    /** Publishes the plan as of the round's date; {@code evenIfUnapproved} publishes with tasks still open. */
    public record Publish(long roundId, boolean evenIfUnapproved) {
    }
}
