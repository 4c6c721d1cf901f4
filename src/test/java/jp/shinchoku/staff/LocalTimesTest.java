package jp.shinchoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    @Test
    void aMomentTheDatabaseGivesInUtcIsShownInTheApplicationsZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            // 22:19 UTC on 25 November is 07:19 on 26 November in Japan (UTC+9)
            assertThat(new LocalTimes().of(OffsetDateTime.of(2026, 11, 25, 22, 19, 33, 500, ZoneOffset.UTC)))
                    .isEqualTo("2026-11-26 07:19:33");
            assertThat(new LocalTimes().of(null)).isEmpty();
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
