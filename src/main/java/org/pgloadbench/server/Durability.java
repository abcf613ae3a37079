package org.pgloadbench.server;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How much a crash may cost, as the three settings that decide it. A server this suite starts gets
 * a preset's settings ({@code --durability}); every server's are read back, and a run on a server
 * that is not crash-safe says so in words wherever its numbers are shown, because it flatters every
 * strategy that commits often.
 */
public enum Durability {
    /** Every commit is on disk before it is acknowledged, and a torn page can be repaired: what production runs. */
    SAFE("on", "on", "on", "", ""),
    /** Commits are acknowledged before their WAL is flushed: a crash loses the last ones, never corrupts. */
    ASYNC_COMMIT("on", "off", "on", "ASYNCHRONOUS COMMIT: a crash loses the last commits", "ASYNC COMMIT"),
    /** Nothing is flushed and torn pages are not repaired: a crash can corrupt the database. */
    UNSAFE("off", "off", "off", "NOT CRASH-SAFE: fsync off, a crash can corrupt the database", "NOT CRASH-SAFE");

    private final Map<String, String> settings = new LinkedHashMap<>();
    private final String warning;
    private final String shortWarning;

    Durability(String fsync, String synchronousCommit, String fullPageWrites, String warning, String shortWarning) {
        settings.put("fsync", fsync);
        settings.put("synchronous_commit", synchronousCommit);
        settings.put("full_page_writes", fullPageWrites);
        this.warning = warning;
        this.shortWarning = shortWarning;
    }

    /** The name on the command line: safe, async-commit, unsafe. */
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
     * asynchronous commit if only synchronous_commit is; empty where a setting was not read (old files).
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
        return Optional.of(synchronousCommit.equals("off") ? ASYNC_COMMIT : SAFE);
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
