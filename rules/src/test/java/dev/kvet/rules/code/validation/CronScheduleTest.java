package dev.kvet.rules.code.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"* * * * *", "*/5 * * * *", "0 0 1 1 *", "30 2 * * 1-5", "0 9-17/2 * * mon-FRI",
            "0 0 ? * sun", "0,15,30,45 * * * *", "5/10 * * * *", "0 0 1 jan,jul *", "@daily", "@Hourly",
            "@every 1h30m", "  0 3 * * *  "})
    void accepted(String schedule) {
        assertNull(CronSchedule.problem(schedule), schedule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "* * * *", "0 * * * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * * 13 *",
            "* * * * 7", "5-1 * * * *", "*/0 * * * *", "*/x * * * *", "1-2-3 * * * *", "0 0 * * monday",
            "@often", "TZ=UTC 0 3 * * *", "CRON_TZ=Europe/Paris 0 3 * * *", "0 0 1,,2 * *"})
    void rejected(String schedule) {
        assertNotNull(CronSchedule.problem(schedule), schedule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 * * * *"})
    void explainsSecondsFields(String schedule) {
        assertEquals("has six fields (seconds are not supported); a schedule has five: minute hour day-of-month "
                + "month day-of-week", CronSchedule.problem(schedule));
    }
}
