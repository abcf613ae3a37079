package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad file for report: one sentence naming it, exit status 2, earlier output left as it was. */
class ReportErrorsIT {
    @TempDir
    Path directory;

    @Test
    void truncatedFileLeavesEarlierReportUntouched() throws Exception {
        Path result = directory.resolve("run.json");
        try (InputStream in = getClass().getResourceAsStream("/results/small-run.json")) {
            Files.copy(in, result);
        }
        Path charts = directory.resolve("charts");
        assertEquals(
                0,
                LauncherProcess.run(directory, "--charts-dir", charts.toString(), "report", result.toString())
                        .exitCode());
        byte[] chartBefore = Files.readAllBytes(charts.resolve("run_rows-per-second.png"));
        byte[] pageBefore = Files.readAllBytes(charts.resolve("run.html"));

        String whole = Files.readString(result);
        Files.writeString(result, whole.substring(0, whole.length() / 3));
        LauncherProcess.Outcome outcome =
                LauncherProcess.run(directory, "--charts-dir", charts.toString(), "report", result.toString());

        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains(result + ": not valid JSON"), outcome.output());
        assertFalse(outcome.output().contains("\tat "), outcome.output());
        assertArrayEquals(chartBefore, Files.readAllBytes(charts.resolve("run_rows-per-second.png")));
        assertArrayEquals(pageBefore, Files.readAllBytes(charts.resolve("run.html")));
    }

    @Test
    void aWordWhereANumberBelongsIsOneSentence() throws Exception {
        Path result = directory.resolve("fast.json");
        try (InputStream in = getClass().getResourceAsStream("/results/small-run.json")) {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(in);
            ((ObjectNode) tree.path("summary").get(0)).put("rowsPerSecond", "fast");
            new ObjectMapper().writeValue(result.toFile(), tree);
        }
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory, "--charts-dir", directory.resolve("charts").toString(), "report", result.toString());
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertEquals(
                "run-bench.sh: " + result + ": summary[0].rowsPerSecond must be a number, not \"fast\".\n",
                outcome.output());
    }

    @Test
    void emptyResultsDirectory() throws Exception {
        Files.createDirectories(directory.resolve("results"));
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory, "--results-dir", directory.resolve("results").toString(), "report");
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("no result files yet"), outcome.output());
    }
}
