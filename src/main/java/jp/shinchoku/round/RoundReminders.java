package jp.shinchoku.round;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, reminds the departments that have not answered an open round whose deadline is
 * {@code shinchoku.round.remind-days-before} days away (3 by default). Each round reminds once,
 * so several instances of the application do not send it twice in a row.
 */
@Component
@EnableScheduling
class RoundReminders {

    private final RoundService rounds;
    private final int daysBefore;

    RoundReminders(RoundService rounds, @Value("${shinchoku.round.remind-days-before:3}") int daysBefore) {
        this.rounds = rounds;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${shinchoku.round.remind-cron:0 0 8 * * *}")
    void remindToday() {
        rounds.remind(LocalDate.now(), daysBefore);
    }
}
