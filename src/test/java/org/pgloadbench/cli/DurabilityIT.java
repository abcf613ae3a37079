package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --durability unsafe, end to end: the server runs with the preset, the result file records it, and the run says so in words. */
class DurabilityIT {
    @TempDir
    Path directory;

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
