package org.pgloadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisturbancesTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void namesEveryCheckpointAndAutovacuumAndWhatTookFivePercentOrMore() {
        Disturbances all = new Disturbances(1L, 2L, 50_000_000L, 70_000_000L, 400_000_000L, 60_000_000L, 6_000_000L, 3L, 10L);
        assertEquals(List.of("a checkpoint", "2 autovacuums", "GC 50 ms", "JIT compiling 70 ms", "other processes 400 ms", "hypervisor steal 60 ms",
                "machine 50% slower"), all.describe(SECOND, 4_000_000L));
    }

    @Test
    void lessThanFivePercentOfTheLoadOrUnknownIsNotMentioned() {
        assertEquals(List.of(), new Disturbances(0L, 0L, 49_000_000L, 49_000_000L, 10_000_000L, 0L, 4_500_000L, 0L, 0L).describe(SECOND, 4_000_000L));
        assertEquals(List.of(), new Disturbances(null, null, null, null, null, null, null, null, null).describe(SECOND, null));
    }
}
