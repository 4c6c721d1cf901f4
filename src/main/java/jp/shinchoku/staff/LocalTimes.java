package jp.shinchoku.staff;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Moments as the staff read them: in the application's zone (Japan's, set by the launcher), to
 * the second. PostgreSQL's driver hands timestamps back in UTC, so the pages must not print them
 * as they come. Templates call it as {@code ${@localTimes.of(x)}}.
 */
@Component("localTimes")
public class LocalTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public String of(OffsetDateTime moment) {
        return moment == null ? "" : format(moment);
    }

    static String format(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ZoneId.systemDefault()).format(FORMAT);
    }
}
