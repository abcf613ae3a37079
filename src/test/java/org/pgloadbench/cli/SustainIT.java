package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.psql.PsqlForTests;
import org.pgloadbench.sustain.Batch;
import org.pgloadbench.sustain.SustainedResult;
import org.pgloadbench.sustain.SustainedResults;
import org.pgloadbench.sustain.Timeline;

/**
 * sustain as a user runs it: batches into a table that only grows, read one by one, with a
 * max_wal_size small enough that checkpoints fall inside the measurement; and a run whose server
 * goes away midway, which must leave every batch measured before.
 */
class SustainIT {
    @TempDir
    Path directory;

    private LauncherProcess.Running run;

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        if (run != null) {
            run.stopIfRunning();
        }
    }

    @Test
    void everyBatchIsRecordedAsTheTableGrows() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory,
                "sustain",
                "--strategies",
                "COPY_BINARY",
                "--indexes",
                "pk+2",
                "--batch-rows",
                "25000",
                "--until-rows",
                "250000",
                "--pg-setting",
                "max_wal_size=32MB",
                "--results-dir",
                directory.resolve("results").toString(),
                "--charts-dir",
                directory.resolve("charts").toString());
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(
                outcome.output().contains("COPY_BINARY into users, indexes pk+2: batches of 25,000 rows"),
                outcome.output());

        SustainedResult result = SustainedResults.read(onlyFile());
        assertNull(result.incomplete());
        assertEquals(1, result.timelines().size());
        Timeline timeline = result.timelines().get(0);
        assertEquals(Boolean.TRUE, timeline.verified(), timeline.problem());
        List<Batch> batches = timeline.batches();
        assertEquals(10, batches.size());
        for (int i = 1; i < batches.size(); i++) {
            assertEquals(25_000L * i, batches.get(i).rowsBefore());
            assertTrue(batches.get(i).heapBytes() > batches.get(i - 1).heapBytes(), "the table grows");
            assertTrue(batches.get(i).indexBytes() > batches.get(i - 1).indexBytes(), "its indexes grow");
        }
        assertTrue(
                batches.stream().mapToLong(Batch::checkpoints).sum() > 0,
                "250,000 rows write several times max_wal_size: checkpoints begin during the batches");
        assertTrue(
                batches.stream().skip(1).anyMatch(batch -> batch.cost().fullPageImages() > 0),
                "a random-ordered index page first changed after a checkpoint is logged whole");
        assertTrue(outcome.output().contains("Sustained / burst"), outcome.output());
        String stem = onlyFile().getFileName().toString().replace(".json", "");
        for (String written : List.of("_timeline.png", "_timeline.svg", ".md")) {
            assertTrue(Files.exists(directory.resolve("charts").resolve(stem + written)), stem + written);
        }
    }

    /**
     * Batches come from one pass of the generator: a uuid key of version 4 (random bits, not the row
     * number) would meet the first batch's keys again in the second if each batch began a pass afresh.
     */
    @Test
    void noBatchRepeatsAnother() throws Exception {
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory,
                "sustain",
                "--jdbc-url",
                EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres",
                "--table-ddl",
                Path.of("examples/events.sql").toAbsolutePath().toString(),
                "--strategies",
                "COPY_BINARY",
                "--batch-rows",
                "5000",
                "--until-rows",
                "15000",
                "--results-dir",
                directory.resolve("results").toString(),
                "--charts-dir",
                directory.resolve("charts").toString());
        assertEquals(0, outcome.exitCode(), outcome.output());
        Timeline timeline = SustainedResults.read(onlyFile()).timelines().get(0);
        assertEquals(3, timeline.batches().size());
        assertEquals(Boolean.TRUE, timeline.verified(), timeline.problem());
    }

    /**
     * {@code --compare-psql} runs psql's {@code \copy} of the same batches after the strategy's, into the
     * table created afresh, verified the same way; its backend is psql's, so its server CPU is not read.
     */
    @Test
    void psqlLoadsTheSameBatchesBesideTheStrategy() throws Exception {
        assumeTrue(PsqlForTests.installed(), PsqlForTests.NOT_INSTALLED);
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory,
                "sustain",
                "--jdbc-url",
                EmbeddedPostgresForTests.server().connection().jdbcUrl() + "?user=postgres",
                "--strategies",
                "COPY_TEXT,INSERT_AUTOCOMMIT",
                "--compare-psql",
                "--batch-rows",
                "5000",
                "--until-rows",
                "15000",
                "--results-dir",
                directory.resolve("results").toString(),
                "--charts-dir",
                directory.resolve("charts").toString());
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("psql, as COPY_TEXT loads, into users"), outcome.output());
        List<Timeline> timelines = SustainedResults.read(onlyFile()).timelines();
        assertEquals(
                List.of("COPY_TEXT", "psql COPY_TEXT", "INSERT_AUTOCOMMIT"),
                timelines.stream().map(Timeline::strategy).toList(),
                "INSERT_AUTOCOMMIT has no psql counterpart");
        for (Timeline timeline : timelines) {
            assertEquals(Boolean.TRUE, timeline.verified(), timeline.problem());
            assertEquals(3, timeline.batches().size());
            assertEquals(10_000, timeline.batches().get(2).rowsBefore());
        }
        assertNotNull(timelines.get(0).batches().get(1).cost().serverCpuNanos());
        assertNull(timelines.get(1).batches().get(1).cost().serverCpuNanos());
    }

    /** The connection the batches go over is cut after two batches: the file keeps them, marked incomplete. */
    @Test
    void aServerThatGoesAwayMidwayLeavesEveryBatchMeasuredBefore() throws Exception {
        String database = "sustain_cut";
        String url = EmbeddedPostgresForTests.freshDatabase(database);
        run = LauncherProcess.start(
                directory,
                "sustain",
                "--jdbc-url",
                url + "?user=postgres",
                "--strategies",
                "COPY_TEXT",
                "--batch-rows",
                "20000",
                "--until-rows",
                "100000000",
                "--results-dir",
                directory.resolve("results").toString(),
                "--charts-dir",
                directory.resolve("charts").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (batchesSoFar() < 2) {
            assertTrue(System.nanoTime() < deadline && run.process.isAlive(), "no two batches:\n" + run.output());
            Thread.sleep(100);
        }
        try (Connection admin = EmbeddedPostgresForTests.server().connection().open();
                Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                    + "' AND pid <> pg_backend_pid()");
        }

        assertTrue(run.process.waitFor(60, TimeUnit.SECONDS), "the run did not stop:\n" + run.output());
        assertEquals(1, run.process.exitValue(), run.output());
        assertFalse(run.output().contains("\tat "), run.output());
        assertTrue(run.output().contains("Kept what was measured before it: " + onlyFile()), run.output());
        SustainedResult result = SustainedResults.read(onlyFile());
        assertNotNull(result.incomplete());
        List<String> lines = run.output().strip().lines().toList();
        assertTrue(
                lines.get(lines.size() - 1).startsWith("run-bench.sh: the run failed: " + result.incomplete()),
                "the file says why, as the last line does:\n" + run.output());
        assertTrue(result.timelines().get(0).batches().size() >= 2, result.toString());
        assertNull(result.timelines().get(0).verified(), "a run cut short is not verified");
        String stem = onlyFile().getFileName().toString().replace(".json", "");
        assertTrue(Files.exists(directory.resolve("charts").resolve(stem + "_timeline.png")), "and its chart");
    }

    private int batchesSoFar() {
        try {
            Path file = onlyFile();
            return SustainedResults.read(file).timelines().get(0).batches().size();
        } catch (AssertionError | RuntimeException | IOException e) {
            return 0; // not written yet
        }
    }

    private Path onlyFile() throws IOException {
        Path sustained = directory.resolve("results").resolve("sustain");
        try (Stream<Path> files = Files.list(sustained)) {
            List<Path> json =
                    files.filter(file -> file.toString().endsWith(".json")).toList();
            assertEquals(1, json.size(), json.toString());
            return json.get(0);
        }
    }
}
