package org.pgloadbench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisturbancesTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void namesEveryCheckpointAndAutovacuumAndWhatTookATenthOrMore() {
        Disturbances all =
                new Disturbances(1L, 2L, 100_000_000L, 120_000_000L, 400_000_000L, 110_000_000L, 6_000_000L, 3L, 10L);
        assertEquals(
                List.of(
                        "a checkpoint",
                        "2 autovacuums",
                        "GC 100 ms",
                        "JIT compiling 120 ms",
                        "other processes 400 ms",
                        "hypervisor steal 110 ms"),
                all.describe(SECOND));
    }

    @Test
    void lessThanATenthOfTheLoadOrUnknownIsNotMentioned() {
        assertEquals(
                List.of(),
                new Disturbances(0L, 0L, 99_000_000L, 99_000_000L, 10_000_000L, 0L, 4_500_000L, 0L, 0L)
                        .describe(SECOND));
        assertEquals(
                List.of(), new Disturbances(null, null, null, null, null, null, null, null, null).describe(SECOND));
    }
}
