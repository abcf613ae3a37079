package org.pgloadbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoundTripTest {
    @Test
    void spellings() {
        assertEquals(0, RoundTrip.parse("0").nanos());
        assertEquals(500_000, RoundTrip.parse("0.5ms").nanos());
        assertEquals(2_000_000, RoundTrip.parse(" 2ms ").nanos());
        assertEquals(250_000, RoundTrip.parse("250us").nanos());
        assertEquals(250_000, RoundTrip.parse("250µs").nanos());
        assertEquals("0.5ms", RoundTrip.parse("500us").label());
        assertEquals("2ms", RoundTrip.parse("2ms").label());
        assertEquals("0ms", RoundTrip.parse("0").label());
    }

    @Test
    void aNumberWithoutUnitOrOutOfRangeIsRefused() {
        for (String bad : new String[] {"2", "fast", "-1ms", "2s", "1001ms", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoundTrip.parse(bad));
            assertTrue(e.getMessage().contains("give round-trip times such as 0, 0.5ms, 2ms or 500us"), e.getMessage());
        }
    }
}
