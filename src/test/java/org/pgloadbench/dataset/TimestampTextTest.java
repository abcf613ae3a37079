package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampTextTest {
    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'").withZone(ZoneOffset.UTC);

    @Test
    void matchesJavaTimeOverTheWholeFourDigitRange() {
        long first = micros(Instant.parse("0001-01-01T00:00:00Z"));
        long last = micros(Instant.parse("9999-12-31T23:59:59.999999Z"));
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            long value = random.nextLong(first, last + 1);
            assertEquals(reference(value), TimestampText.format(value));
        }
        assertEquals("0001-01-01 00:00:00.000000+00", TimestampText.format(first));
        assertEquals("9999-12-31 23:59:59.999999+00", TimestampText.format(last));
    }

    @Test
    void handlesTimesBeforeTheUnixEpoch() {
        assertEquals("1969-12-31 23:59:59.999999+00", TimestampText.format(-1));
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    private static String reference(long micros) {
        return REFERENCE.format(
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000));
    }
}
