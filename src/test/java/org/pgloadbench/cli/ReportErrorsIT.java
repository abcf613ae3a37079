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
    void aFileWithNoBenchmarkIsOneSentence() throws Exception {
        Path empty = edited("empty.json", tree -> {
            tree.putArray("jmh");
            tree.putArray("summary");
        });
        assertReportRefused(empty, empty + ": jmh must be a list of at least one measured benchmark, not []");
    }

    @Test
    void aStartThatIsNoTimeIsOneSentence() throws Exception {
        Path yesterday = edited("yesterday.json", tree -> tree.put("createdAt", "yesterday"));
        assertReportRefused(
                yesterday,
                yesterday + ": createdAt must be the time the run started, as 2026-11-22T09:47:20Z, not \"yesterday\"");
    }

    @Test
    void jsonCutShortSaysWhereWithoutJacksonsWords() throws Exception {
        Path result = edited("cut.json", tree -> {});
        String whole = Files.readString(result);
        Files.writeString(result, whole.substring(0, 200));
        LauncherProcess.Outcome outcome = report(result);
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains(result + ": not valid JSON (Unexpected end-of-input"), outcome.output());
        assertTrue(outcome.output().contains(" at line "), outcome.output());
        assertFalse(outcome.output().contains("Source:") || outcome.output().contains("REDACTED"), outcome.output());
    }

    @Test
    void aNotANumberThatJsonDoesNotAllowIsSaidPlainly() throws Exception {
        Path result = edited("nan.json", tree -> {});
        Files.writeString(result, Files.readString(result).replaceFirst("\"score\" : [0-9.]+", "\"score\" : NaN"));
        LauncherProcess.Outcome outcome = report(result);
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(
                outcome.output().contains("a number JSON does not allow, such as NaN or Infinity"), outcome.output());
        assertFalse(outcome.output().contains("Feature"), outcome.output());
    }

    @Test
    void theSameFileTwiceIsNoComparison() throws Exception {
        Path result = edited("once.json", tree -> {});
        LauncherProcess.Outcome outcome = LauncherProcess.run(
                directory,
                "--charts-dir",
                directory.resolve("charts").toString(),
                "report",
                result.toString(),
                directory.resolve(".").resolve("once.json").toString());
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("is named twice; a report compares different runs"), outcome.output());
    }

    @Test
    void anIncompleteRunIsReportedAsIncomplete() throws Exception {
        Path result = edited("cut-short.json", tree -> {
            tree.put("schemaVersion", 3);
            tree.put("incomplete", "interrupted (Ctrl-C or SIGTERM) before every benchmark had run");
        });
        LauncherProcess.Outcome outcome = report(result);
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(
                outcome.output()
                        .startsWith("Note: cut-short is incomplete: interrupted (Ctrl-C or SIGTERM) before every "
                                + "benchmark had run; it holds the benchmarks measured before that."),
                outcome.output());
        assertTrue(
                Files.readString(directory.resolve("charts/cut-short.html")).contains("class=\"caveat incomplete\""));
    }

    private Path edited(String name, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Path result = directory.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/results/small-run.json")) {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(in);
            edit.accept(tree);
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(result.toFile(), tree);
        }
        return result;
    }

    private LauncherProcess.Outcome report(Path result) throws Exception {
        return LauncherProcess.run(
                directory, "--charts-dir", directory.resolve("charts").toString(), "report", result.toString());
    }

    private void assertReportRefused(Path result, String sentence) throws Exception {
        LauncherProcess.Outcome outcome = report(result);
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertEquals("run-bench.sh: " + sentence + ".\n", outcome.output());
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
