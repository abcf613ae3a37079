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
 * --rtt 0,1ms end to end: the profile runs twice through the latency proxy, each result file records
 * the round trip asked and the one measured, and the comparison draws rows/sec against it.
 */
class RoundTripIT {
    @TempDir
    Path directory;

    @Test
    void eachRoundTripGetsItsResultFileWithTheMeasuredValue() throws Exception {
        LauncherProcess.Outcome run = LauncherProcess.tinyRun(
                directory, 1, "--rtt", "0,1ms", "--strategies", "insert_transaction", "--rows", "300");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(
                run.output().contains("Network: every load goes through a latency proxy; asked 1.000 ms, measured"),
                run.output());
        List<Path> results = LauncherProcess.resultFilesIn(directory.resolve("results"));
        assertEquals(2, results.size(), results.toString());
        assertTrue(results.get(0).getFileName().toString().contains("-rtt0ms_"), results.toString());
        assertTrue(results.get(1).getFileName().toString().contains("-rtt1ms_"), results.toString());
        JsonNode zero = network(results.get(0));
        JsonNode one = network(results.get(1));
        assertEquals(0.0, zero.path("askedRttMillis").asDouble());
        assertEquals(1.0, one.path("askedRttMillis").asDouble());
        assertTrue(Math.abs(one.path("measuredRttMillis").asDouble() - 1.0) <= 0.1, one.toString());
        assertTrue(
                one.path("roundTripMillis").asDouble()
                        > zero.path("roundTripMillis").asDouble(),
                one + " vs " + zero);
        try (Stream<Path> charts = Files.list(directory.resolve("charts"))) {
            assertTrue(
                    charts.anyMatch(file -> file.getFileName().toString().endsWith("_round-trip.png")),
                    "the log-log chart");
        }
    }

    private static JsonNode network(Path result) throws Exception {
        return new ObjectMapper().readTree(result.toFile()).path("environment").path("network");
    }
}
