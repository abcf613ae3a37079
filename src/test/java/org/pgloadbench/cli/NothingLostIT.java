package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;
import org.pgloadbench.result.SummaryRow;

/**
 * Whatever ends a run after its first benchmark (a later strategy failing, Ctrl-C), what it measured
 * stays: a result file holding every benchmark measured, marked incomplete with the reason, and its
 * report; the last line is still the one sentence that says how the run ended.
 */
class NothingLostIT {
    @TempDir
    Path directory;

    private LauncherProcess.Running run;

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        if (run != null) {
            run.stopIfRunning();
        }
    }

    /** COPY_UNLOGGED makes its table unlogged with ALTER TABLE, which an event trigger refuses in this database. */
    @Test
    void aStrategyFailingKeepsTheBenchmarksMeasuredBeforeIt() throws Exception {
        String url = EmbeddedPostgresForTests.freshDatabase("refuses_alter_table");
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION refuse() RETURNS event_trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN RAISE EXCEPTION 'no ALTER TABLE in this database'; END $$");
            statement.execute(
                    "CREATE EVENT TRIGGER no_alter ON ddl_command_start WHEN TAG IN ('ALTER TABLE') EXECUTE FUNCTION refuse()");
        }
        Path results = directory.resolve("results");
        LauncherProcess.Outcome outcome = LauncherProcess.tinyRun(
                directory,
                2,
                "--jdbc-url",
                url + "?user=postgres",
                "--strategies",
                "COPY_TEXT,COPY_UNLOGGED",
                "--rows",
                "5000");

        assertEquals(1, outcome.exitCode(), outcome.output());
        assertTrue(
                lastLine(outcome.output()).startsWith("run-bench.sh: the run failed: COPY_UNLOGGED failed: "),
                outcome.output());
        assertTrue(outcome.output().contains("no ALTER TABLE in this database"), outcome.output());
        assertFalse(outcome.output().contains("\tat "), outcome.output());
        List<Path> kept = LauncherProcess.resultFilesIn(results);
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(outcome.output().contains("Kept what was measured before it: " + kept.get(0)), outcome.output());
        ResultFile result = ResultFiles.read(kept.get(0));
        assertTrue(result.incomplete().startsWith("COPY_UNLOGGED failed: "), result.incomplete());
        assertEquals(
                List.of("COPY_TEXT"),
                result.summary().stream().map(SummaryRow::strategy).toList());
        assertEquals(2, result.summary().get(0).samples());
        assertTrue(
                result.tables().get(0).name().equals("users"), result.tables().toString());
        String stem = kept.get(0).getFileName().toString().replace(".json", "");
        assertTrue(Files.exists(directory.resolve("charts").resolve(stem + ".html")), "and its report");
    }

    /** Ctrl-C while the second benchmark loads: the first is kept, and the interruption is the last word. */
    @Test
    void ctrlCKeepsTheBenchmarksMeasuredBeforeIt() throws Exception {
        assumeTrue(LauncherProcess.sigintReachesLaunchers(), LauncherProcess.SIGINT_IGNORED);
        Path results = directory.resolve("results");
        run = LauncherProcess.start(
                directory,
                LauncherProcess.tiny(
                        directory,
                        3,
                        "--jdbc-url",
                        EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres",
                        "--strategies",
                        "COPY_TEXT,INSERT_TRANSACTION",
                        "--rows",
                        "100000"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!run.output().contains("[1/2] COPY_TEXT")) {
            assertTrue(System.nanoTime() < deadline && run.process.isAlive(), "no first benchmark:\n" + run.output());
            Thread.sleep(100);
        }
        Thread.sleep(2_000); // well into the second benchmark's first load

        new ProcessBuilder("kill", "-INT", String.valueOf(run.process.pid()))
                .start()
                .waitFor();

        assertTrue(run.process.waitFor(30, TimeUnit.SECONDS), "the run did not stop:\n" + run.output());
        assertEquals(130, run.process.exitValue(), run.output());
        List<Path> kept = LauncherProcess.resultFilesIn(results);
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(
                lastLine(run.output())
                        .startsWith("run-bench.sh: interrupted; what it measured is kept in " + kept.get(0)),
                run.output());
        assertFalse(run.output().contains("INSERT_TRANSACTION, 100,000 rows per load: failed"), run.output());
        assertFalse(run.output().contains("\tat "), run.output());
        ResultFile result = ResultFiles.read(kept.get(0));
        assertEquals("interrupted (Ctrl-C or SIGTERM) before every benchmark had run", result.incomplete());
        assertEquals(
                List.of("COPY_TEXT"),
                result.summary().stream().map(SummaryRow::strategy).toList());
    }

    /** A table whose CHECK refuses every row: the server's first line and detail end the run, not its Where: line. */
    @Test
    void aLoadTheServerRefusesEndsInOneSentence() throws Exception {
        Path ddl = Files.writeString(
                directory.resolve("orders.sql"),
                "CREATE TABLE orders_ck (id bigint PRIMARY KEY, quantity integer CHECK (quantity < 0))");
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory,
                "--jdbc-url",
                EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres",
                "--table-ddl",
                ddl.toString(),
                "--strategies",
                "COPY_TEXT",
                "--rows",
                "100",
                "--results-dir",
                directory.resolve("results").toString(),
                "--",
                "-wi",
                "0",
                "-i",
                "1",
                "-f",
                "1");
        assertEquals(1, outcome.exitCode(), outcome.output());
        String last = lastLine(outcome.output());
        assertTrue(last.startsWith("run-bench.sh: the run failed: COPY_TEXT failed: "), outcome.output());
        assertTrue(last.contains("violates check constraint") && last.endsWith(".log)."), outcome.output());
        assertFalse(outcome.output().contains("Where:"), outcome.output());
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
