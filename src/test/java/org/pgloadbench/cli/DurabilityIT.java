package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --durability end to end: the server runs with the preset, the result file records it, and the run
 * says so in words; under minimal-wal, the load into a table truncated in its own transaction skips
 * the WAL and the others do not.
 */
class DurabilityIT {
    @TempDir
    Path directory;

    @Test
    void aMinimalWalRunSkipsTheWalWhereItMayAndSaysSo() throws Exception {
        // Table and key index larger than wal_skip_threshold (2 MB), below which a relation is logged whole at commit.
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory,
                2,
                "--durability",
                "minimal-wal",
                "--strategies",
                "COPY_FREEZE,COPY_BINARY",
                "--rows",
                "200000");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(
                run.output().contains("MINIMAL WAL: wal_level minimal, no WAL archive or replica possible."),
                run.output());
        JsonNode result = new ObjectMapper()
                .readTree(LauncherProcess.resultFilesIn(directory.resolve("results"))
                        .get(0)
                        .toFile());
        assertEquals(
                "minimal",
                result.path("environment")
                        .path("postgres")
                        .path("settings")
                        .path("wal_level")
                        .asText());
        Map<String, Double> walPerRow = new HashMap<>();
        result.path("summary")
                .forEach(row -> walPerRow.put(
                        row.path("strategy").asText(),
                        row.path("walBytesPerRow").asDouble()));
        assertTrue(walPerRow.get("COPY_FREEZE") < 10, "COPY FREEZE after its TRUNCATE skips the WAL: " + walPerRow);
        assertTrue(
                walPerRow.get("COPY_BINARY") > 50,
                "a COPY into a table of an earlier transaction does not: " + walPerRow);
    }

    @Test
    void anUnsafeRunIsMeasuredOnAnUnsafeServerAndSaysSo() throws Exception {
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory, 1, "--durability", "unsafe", "--strategies", "copy_binary", "--rows", "300");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("NOT CRASH-SAFE: fsync off, a crash can corrupt the database."), run.output());
        JsonNode settings = new ObjectMapper()
                .readTree(LauncherProcess.resultFilesIn(directory.resolve("results"))
                        .get(0)
                        .toFile())
                .path("environment")
                .path("postgres")
                .path("settings");
        assertEquals("off", settings.path("fsync").asText(), "read back from the server");
        assertEquals("off", settings.path("synchronous_commit").asText());
        assertEquals("off", settings.path("full_page_writes").asText());
        try (Stream<Path> pages = Files.list(directory.resolve("charts"))) {
            Path markdown = pages.filter(file -> file.toString().endsWith(".md"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(Files.readString(markdown).contains("NOT CRASH-SAFE"), "the report's run heading says so");
        }
    }
}
