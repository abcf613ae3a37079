package org.pgloadbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
