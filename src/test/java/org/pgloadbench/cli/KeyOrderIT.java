package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --key-order as a user runs it: each order a benchmark of its own, every load verified into rows
 * already there (whose keys the new ones must not meet), labelled wherever the order is not sequential.
 */
class KeyOrderIT {
    @TempDir
    Path directory;

    @Test
    void integerKeysInOrderAndAtRandom() throws Exception {
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory,
                2,
                "--strategies",
                "COPY_BINARY,INSERT_ON_CONFLICT",
                "--key-order",
                "sequential,random",
                "--existing-rows",
                "2000",
                "--rows",
                "1000");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("COPY_BINARY [into 2k rows, random keys]"), run.output());
        assertEquals(
                List.of(
                        "COPY_BINARY natural",
                        "INSERT_ON_CONFLICT natural",
                        "COPY_BINARY random",
                        "INSERT_ON_CONFLICT random"),
                measured());
    }

    @Test
    void uuidKeysOfVersionFourAndSeven() throws Exception {
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory,
                2,
                "--table-ddl",
                Path.of("examples/events.sql").toAbsolutePath().toString(),
                "--strategies",
                "COPY_BINARY,UNNEST_ARRAYS",
                "--key-order",
                "uuidv4,uuidv7",
                "--existing-rows",
                "2000",
                "--rows",
                "1000");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("COPY_BINARY [events, into 2k rows, uuidv7 keys]"), run.output());
        assertEquals(
                List.of("COPY_BINARY natural", "UNNEST_ARRAYS natural", "COPY_BINARY uuidv7", "UNNEST_ARRAYS uuidv7"),
                measured());
    }

    private List<String> measured() throws Exception {
        return LauncherProcess.benchmarks(directory.resolve("results"), "strategy", "keyOrder");
    }
}
