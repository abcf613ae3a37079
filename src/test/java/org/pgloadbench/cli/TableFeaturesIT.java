package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --table-feature as a user runs it: each value a benchmark of its own, labelled, every load verified
 * (the trigger's count too), into rows already there and into the user's own table.
 */
class TableFeaturesIT {
    @TempDir
    Path directory;

    @Test
    void featuresOnTheUsersTableIntoRowsAlreadyThere() throws Exception {
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory,
                2,
                "--strategies",
                "COPY_CSV,INSERT_ON_CONFLICT",
                "--table-feature",
                "trigger+fk,volatile-default+generated",
                "--existing-rows",
                "1000",
                "--rows",
                "500");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("COPY_CSV [into 1k rows, trigger+fk]"), run.output());
        assertTrue(run.output().contains("[into 1k rows, volatile-default+generated]"), run.output());
        assertEquals(
                List.of(
                        "COPY_CSV trigger+fk",
                        "INSERT_ON_CONFLICT trigger+fk",
                        "COPY_CSV volatile-default+generated",
                        "INSERT_ON_CONFLICT volatile-default+generated"),
                LauncherProcess.benchmarks(directory.resolve("results"), "strategy", "tableFeature"));
    }

    @Test
    void everyFeatureOnTheUsersOwnTable() throws Exception {
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory,
                1,
                "--table-ddl",
                Path.of("examples/orders.sql").toAbsolutePath().toString(),
                "--strategies",
                "COPY_PARALLEL,COPY_THEN_INDEX",
                "--table-feature",
                "trigger+fk+volatile-default+generated",
                "--rows",
                "800");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(
                run.output().contains("COPY_THEN_INDEX [orders, trigger+fk+volatile-default+generated]"), run.output());
    }
}
