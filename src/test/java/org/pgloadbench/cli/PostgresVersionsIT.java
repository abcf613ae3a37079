package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --pg-version 16,18 end to end: PostgreSQL 16 from Maven Central (downloaded on first use) and the
 * jar's own 18, one result file each with its exact server version, and one comparison report in
 * which COPY_ON_ERROR, which 16 cannot run, is a gap with its reason.
 */
class PostgresVersionsIT {
    @TempDir
    Path directory;

    @Test
    void eachVersionGetsItsResultFileAndTheComparisonShowsTheGap() throws Exception {
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory, 1, "--pg-version", "16,18", "--strategies", "copy_binary,copy_on_error", "--rows", "300");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(
                run.output().contains("Skipping COPY_ON_ERROR: it needs PostgreSQL 17 or newer and this server is 16."),
                run.output());
        List<Path> results = LauncherProcess.resultFilesIn(directory.resolve("results"));
        assertEquals(2, results.size(), results.toString());
        JsonNode sixteen = new ObjectMapper().readTree(results.get(0).toFile());
        JsonNode eighteen = new ObjectMapper().readTree(results.get(1).toFile());
        assertTrue(results.get(0).getFileName().toString().contains("_embedded-pg16_"), results.toString());
        assertTrue(sixteen.path("environment")
                .path("postgres")
                .path("serverVersion")
                .asText()
                .startsWith("16."));
        assertTrue(eighteen.path("environment")
                .path("postgres")
                .path("serverVersion")
                .asText()
                .startsWith("18."));
        assertEquals(
                "COPY_ON_ERROR",
                sixteen.path("skipped").path(0).path("strategy").asText());
        assertEquals(0, eighteen.path("skipped").size());
        assertEquals(List.of("COPY_BINARY"), strategies(sixteen));
        assertEquals(List.of("COPY_BINARY", "COPY_ON_ERROR"), strategies(eighteen));

        Path comparison;
        try (Stream<Path> pages = Files.list(directory.resolve("charts"))) {
            comparison = pages.filter(file -> file.getFileName().toString().startsWith("comparison_")
                            && file.toString().endsWith(".md"))
                    .findFirst()
                    .orElseThrow();
        }
        String markdown = Files.readString(comparison);
        assertTrue(
                markdown.contains("Not run on this server: COPY_ON_ERROR (it needs PostgreSQL 17 or newer"), markdown);
        assertTrue(markdown.contains("PostgreSQL major version: 16 (baseline) vs 18 (current)"), markdown);
        assertTrue(run.output().contains("Comparison:  " + comparison), run.output());
    }

    private static List<String> strategies(JsonNode result) {
        return result.path("summary").findValuesAsText("strategy").stream()
                .distinct()
                .toList();
    }
}
