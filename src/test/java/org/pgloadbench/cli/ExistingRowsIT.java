package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --existing-rows as a user runs it: each value a benchmark of its own, labelled, a load that must start empty left out. */
class ExistingRowsIT {
    @TempDir
    Path directory;

    @Test
    void eachNumberOfRowsAlreadyThereIsABenchmarkOfItsOwn() throws Exception {
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory,
                2,
                "--strategies",
                "COPY_BINARY,COPY_FREEZE,INSERT_ON_CONFLICT",
                "--existing-rows",
                "0,2000",
                "--indexes",
                "pk+2",
                "--rows",
                "1000");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(
                run.output()
                        .contains("Not applicable: COPY_FREEZE empties the table in the load's own transaction, as "
                                + "FREEZE demands, so it cannot add rows to a table that already holds some."),
                run.output());
        assertTrue(run.output().contains("COPY_BINARY [indexes pk+2, into 2k rows]"), run.output());

        assertEquals(
                List.of(
                        "COPY_BINARY 0",
                        "COPY_FREEZE 0",
                        "INSERT_ON_CONFLICT 0",
                        "COPY_BINARY 2000",
                        "INSERT_ON_CONFLICT 2000"),
                LauncherProcess.benchmarks(directory.resolve("results"), "strategy", "existingRows"));
    }
}
