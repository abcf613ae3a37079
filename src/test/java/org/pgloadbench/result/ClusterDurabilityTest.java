package org.pgloadbench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pgloadbench.server.Durability;

/** On a Citus cluster the workers store the rows: the least durable node decides what a crash would cost. */
class ClusterDurabilityTest {
    private static final Map<String, String> SAFE =
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");
    private static final Map<String, String> UNSAFE =
            Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");

    @Test
    void aWorkerWithFsyncOffMakesTheRunNotCrashSafe() {
        Environment.Postgres postgres = postgres(SAFE, List.of(node("w1:5432", SAFE), node("w2:5432", UNSAFE)));
        assertSame(UNSAFE, postgres.leastDurableSettings());
        assertEquals("NOT CRASH-SAFE", Durability.shortWarning(postgres.leastDurableSettings()));
    }

    @Test
    void aSafeClusterAndASingleServerAreTheirOwnSettings() {
        assertSame(SAFE, postgres(SAFE, List.of(node("w1:5432", SAFE))).leastDurableSettings());
        Environment.Postgres single =
                new Environment.Postgres("external", "jdbc:postgresql://db/x", "15.20", 150020, UNSAFE, null);
        assertSame(UNSAFE, single.leastDurableSettings());
    }

    private static Environment.Postgres postgres(Map<String, String> coordinator, List<Environment.Node> workers) {
        return new Environment.Postgres(
                "external",
                "jdbc:postgresql://db/x",
                "15.20",
                150020,
                coordinator,
                new Environment.Cluster("13.2-1", "hash-distributed over 32 shards", workers));
    }

    private static Environment.Node node(String name, Map<String, String> settings) {
        return new Environment.Node(name, "15.20", settings);
    }
}
