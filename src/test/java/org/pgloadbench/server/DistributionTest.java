package org.pgloadbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {
    @Test
    void labelsAsTheCommandLineSaysThem() {
        assertEquals(Distribution.Kind.HASH, Distribution.parse("citus", null).kind());
        assertEquals(
                Distribution.Kind.REFERENCE,
                Distribution.parse("citus-reference", null).kind());
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> Distribution.parse("citus-hash", null));
        assertEquals("--distributed takes citus or citus-reference, not 'citus-hash'", unknown.getMessage());
    }

    @Test
    void aShardCountOnlyForAHashDistributedTableAndAtLeastOne() {
        assertEquals(8, Distribution.parse("citus", 8).shardCount());
        assertThrows(IllegalArgumentException.class, () -> Distribution.parse("citus", 0));
        assertThrows(IllegalArgumentException.class, () -> Distribution.parse("citus-reference", 4));
    }

    @Test
    void aForkReadsBackWhatTheLauncherPassed() {
        Distribution asked = Distribution.parse("citus", 12);
        List<String> arguments = asked.toForkArguments();
        try {
            arguments.forEach(argument -> {
                String[] pair = argument.substring(2).split("=", 2);
                System.setProperty(pair[0], pair[1]);
            });
            assertEquals(asked, Distribution.fromSystemProperties());
        } finally {
            System.clearProperty(Distribution.KIND_PROPERTY);
            System.clearProperty(Distribution.SHARD_COUNT_PROPERTY);
        }
        assertEquals(Distribution.NONE, Distribution.fromSystemProperties());
        assertTrue(Distribution.NONE.toForkArguments().isEmpty());
    }

    @Test
    void describedWithTheClustersDefaultWhereNoCountWasAsked() {
        assertEquals(
                "hash-distributed over 32 shards",
                Distribution.parse("citus", null).describe(32));
        assertEquals(
                "hash-distributed over 4 shards", Distribution.parse("citus", 4).describe(32));
        assertEquals(
                "a reference table, whole on every node",
                Distribution.parse("citus-reference", null).describe(32));
        assertFalse(Distribution.NONE.distributed());
    }
}
