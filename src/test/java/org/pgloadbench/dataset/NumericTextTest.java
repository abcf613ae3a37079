package org.pgloadbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumericTextTest {
    @Test
    void writesWhatBigDecimalWritesAtEveryScale() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = random.nextLong() >> random.nextInt(64);
            int scale = random.nextInt(25);
            assertEquals(
                    BigDecimal.valueOf(unscaled, scale).toPlainString(),
                    NumericText.of(unscaled, scale),
                    unscaled + " at scale " + scale);
        }
    }

    @Test
    void edges() {
        assertEquals("0.00", NumericText.of(0, 2));
        assertEquals("0", NumericText.of(0, 0));
        assertEquals("-0.05", NumericText.of(-5, 2));
        assertEquals("-9223372036854775808", NumericText.of(Long.MIN_VALUE, 0));
        assertEquals("-922337203685477.5808", NumericText.of(Long.MIN_VALUE, 4));
        assertEquals("9223372036854775807", NumericText.of(Long.MAX_VALUE, 0));
        assertEquals("1000000000000000000", NumericText.of(1_000_000_000_000_000_000L, 0));
    }
}
