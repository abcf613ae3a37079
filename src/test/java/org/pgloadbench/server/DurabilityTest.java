package org.pgloadbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The presets' settings, what settings read back amount to, and the preset under --pg-setting. */
class DurabilityTest {
    @Test
    void presetsAreTheThreeSettingsThatDecideWhatACrashCosts() {
        assertEquals(
                Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
                Durability.named("safe").settings());
        assertEquals(
                Map.of("fsync", "on", "synchronous_commit", "off", "full_page_writes", "on"),
                Durability.named("async-commit").settings());
        assertEquals(
                Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"),
                Durability.named("unsafe").settings());
        assertEquals(
                Map.of(
                        "fsync", "on",
                        "synchronous_commit", "on",
                        "full_page_writes", "on",
                        "wal_level", "minimal",
                        "max_wal_senders", "0"),
                Durability.named("minimal-wal").settings());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Durability.named("SAFE"));
        assertEquals(
                "--durability must be one of safe, async-commit, unsafe, minimal-wal, not SAFE", refused.getMessage());
    }

    @Test
    void settingsReadBackAreNamedForWhatTheyRisk() {
        assertEquals(Optional.of(Durability.SAFE), Durability.of(Durability.SAFE.settings()));
        assertEquals(Optional.of(Durability.ASYNC_COMMIT), Durability.of(Durability.ASYNC_COMMIT.settings()));
        assertEquals(
                Optional.of(Durability.UNSAFE),
                Durability.of(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "off")),
                "torn pages go unrepaired");
        assertEquals(Optional.of(Durability.MINIMAL_WAL), Durability.of(Durability.MINIMAL_WAL.settings()));
        assertEquals(
                Optional.of(Durability.SAFE),
                Durability.of(Map.of(
                        "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on", "wal_level", "replica")));
        assertEquals(
                Optional.empty(), Durability.of(Map.of("fsync", "on")), "a file from before full_page_writes was read");
        assertEquals("", Durability.warning(Durability.SAFE.settings()));
        assertEquals(
                "NOT CRASH-SAFE: fsync off, a crash can corrupt the database",
                Durability.warning(Durability.UNSAFE.settings()));
    }

    @Test
    void pgSettingOverridesThePreset() {
        assertEquals(
                Map.of("fsync", "on", "synchronous_commit", "off", "full_page_writes", "on", "wal_buffers", "64MB"),
                ServerSettings.of(Durability.SAFE, Map.of("synchronous_commit", "off", "wal_buffers", "64MB")));
    }
}
