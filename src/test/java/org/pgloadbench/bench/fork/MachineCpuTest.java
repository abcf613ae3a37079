package org.pgloadbench.bench.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MachineCpuTest {
    @Test
    void busyIsUserNiceAndSystemAndStealIsItsOwn() {
        MachineCpu.Times times = MachineCpu.parse("cpu  100 2 30 4000 50 6 7 8 0 0");
        assertEquals(
                (100 + 2 + 30) * 10_000_000L, times.busyNanos(), "idle, iowait and interrupts are not a process's");
        assertEquals(8 * 10_000_000L, times.stealNanos());
    }

    @Test
    void aLineOfAnotherShapeGivesNothing() {
        assertNull(MachineCpu.parse("cpu0 1 2 3 4 5 6 7 8"));
        assertNull(MachineCpu.parse("cpu 1 2 3"));
    }
}
