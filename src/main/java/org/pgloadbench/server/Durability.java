package org.pgloadbench.server;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How much a crash may cost, as the three settings that decide it, and what the WAL is kept for. A
 * server this suite starts gets a preset's settings ({@code --durability}); every server's are read
 * back, and a run on a server that is not crash-safe, or whose WAL could feed no replica, says so in
 * words wherever its numbers are shown, because it flatters every strategy that commits often or
 * writes much WAL.
 */
public enum Durability {
    /** Every commit is on disk before it is acknowledged, and a torn page can be repaired: what production runs. */
    SAFE("", "", "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
    /** Commits are acknowledged before their WAL is flushed: a crash loses the last ones, never corrupts. */
    ASYNC_COMMIT(
            "ASYNCHRONOUS COMMIT: a crash loses the last commits",
            "ASYNC COMMIT",
            "fsync",
            "on",
            "synchronous_commit",
            "off",
            "full_page_writes",
            "on"),
    /** Nothing is flushed and torn pages are not repaired: a crash can corrupt the database. */
    UNSAFE(
            "NOT CRASH-SAFE: fsync off, a crash can corrupt the database",
            "NOT CRASH-SAFE",
            "fsync",
            "off",
            "synchronous_commit",
            "off",
            "full_page_writes",
            "off"),
    /**
     * Crash-safe, but the WAL holds only what crash recovery needs ({@code wal_level=minimal}, which
     * demands {@code max_wal_senders=0}): no archive, no replica, no point-in-time recovery. In
     * exchange, rows written into a table created or truncated in the same transaction skip the WAL
     * (the table's files are flushed at commit instead), which is what COPY FREEZE's recipe and
     * every rewrite (SET LOGGED, CREATE INDEX) of such a table gain.
     */
    MINIMAL_WAL(
            "MINIMAL WAL: wal_level minimal, no WAL archive or replica possible",
            "MINIMAL WAL",
            "fsync",
            "on",
            "synchronous_commit",
            "on",
            "full_page_writes",
            "on",
            "wal_level",
            "minimal",
            "max_wal_senders",
            "0");

    private final Map<String, String> settings = new LinkedHashMap<>();
    private final String warning;
    private final String shortWarning;

    /** @param settings names and values, in pairs */
    Durability(String warning, String shortWarning, String... settings) {
        for (int i = 0; i < settings.length; i += 2) {
            this.settings.put(settings[i], settings[i + 1]);
        }
        this.warning = warning;
        this.shortWarning = shortWarning;
    }

    /** The name on the command line: safe, async-commit, unsafe, minimal-wal. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    /** @throws IllegalArgumentException in one sentence naming the presets */
    public static Durability named(String label) {
        return Arrays.stream(values())
                .filter(preset -> preset.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--durability must be one of "
                        + Arrays.stream(values()).map(Durability::label).collect(Collectors.joining(", ")) + ", not "
                        + label));
    }

    /**
     * What settings read back from a server amount to: unsafe if fsync or full_page_writes is off,
     * asynchronous commit if only synchronous_commit is, minimal WAL if the three are on and
     * wal_level is minimal; empty where a setting was not read (old files).
     */
    public static Optional<Durability> of(Map<String, String> readBack) {
        String fsync = readBack.get("fsync");
        String synchronousCommit = readBack.get("synchronous_commit");
        String fullPageWrites = readBack.get("full_page_writes");
        if (fsync == null || synchronousCommit == null || fullPageWrites == null) {
            return Optional.empty();
        }
        if (fsync.equals("off") || fullPageWrites.equals("off")) {
            return Optional.of(UNSAFE);
        }
        if (synchronousCommit.equals("off")) {
            return Optional.of(ASYNC_COMMIT);
        }
        return Optional.of("minimal".equals(readBack.get("wal_level")) ? MINIMAL_WAL : SAFE);
    }

    /** Words for a title or heading: empty for a safe server, the warning otherwise. */
    public static String warning(Map<String, String> readBack) {
        return of(readBack).map(preset -> preset.warning).orElse("");
    }

    /** The same in a few words, for a legend or a run's heading. */
    public static String shortWarning(Map<String, String> readBack) {
        return of(readBack).map(preset -> preset.shortWarning).orElse("");
    }
}
