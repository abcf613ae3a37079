package org.pgloadbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pgloadbench.GoldenFiles;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.ResultFiles;

/**
 * Every format of two committed result files against its golden copy, and each held to what its
 * consumer reads: JMH's array as JMH wrote it, github-action-benchmark's custom entries, Bencher
 * Metric Format's benchmarks and measures.
 */
class ExportFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A quick run of the first schema, and one with several tables, key orders and rows already there. */
    private static final List<String> RUNS =
            List.of("2026-11-22T083456Z_vm_embedded-pg18_quick", "2026-12-07T194808Z_vm_embedded-pg18_quick_key-order");

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsGoldenCopy() {
        return RUNS.stream()
                .flatMap(run -> Stream.of(ExportFormat.values())
                        .map(format -> DynamicTest.dynamicTest(
                                run + " as " + format.optionName(),
                                () -> GoldenFiles.compare(
                                        GoldenFiles.ROOT
                                                .resolve("export")
                                                .resolve(run + "." + format.optionName() + ".json"),
                                        format.text(read(run))))));
    }

    @Test
    void jmhIsTheArrayJmhWrote() throws IOException {
        for (String run : RUNS) {
            ResultFile result = read(run);
            JsonNode exported = JSON.readTree(ExportFormat.JMH.text(result));
            assertEquals(result.jmh(), exported);
            assertTrue(exported.isArray() && exported.size() > 0);
            for (JsonNode benchmark : exported) {
                assertTrue(benchmark.path("benchmark").asText().endsWith(".LoadBenchmark.load"), benchmark.toString());
                assertEquals("ss", benchmark.path("mode").asText());
                assertTrue(benchmark.path("params").path("strategy").isTextual());
                assertTrue(benchmark.path("primaryMetric").path("score").isNumber());
                assertEquals(
                        "ms/op",
                        benchmark.path("primaryMetric").path("scoreUnit").asText());
                assertTrue(benchmark.path("primaryMetric").path("rawData").isArray());
            }
        }
    }

    /** The action's documented custom format: an array of objects with a name, a unit and a numeric value; range and extra text. */
    @Test
    void githubActionBenchmarkEntriesAreWhatTheActionReads() throws IOException {
        for (String run : RUNS) {
            ResultFile result = read(run);
            for (ExportFormat format :
                    List.of(ExportFormat.GITHUB_ACTION_BENCHMARK, ExportFormat.GITHUB_ACTION_BENCHMARK_COSTS)) {
                JsonNode entries = JSON.readTree(format.text(result));
                assertTrue(entries.isArray(), format + " of " + run);
                assertTrue(
                        entries.size() > 0 || result.loadCosts() == null,
                        "entries wherever the run measured them: " + format + " of " + run);
                Set<String> names = new HashSet<>();
                for (JsonNode entry : entries) {
                    assertTrue(names.add(entry.path("name").asText()), "a name once: " + entry);
                    assertFalse(entry.path("name").asText().isBlank());
                    assertTrue(entry.path("unit").isTextual(), entry.toString());
                    assertTrue(entry.path("value").isNumber(), entry.toString());
                    assertTrue(entry.path("extra").isTextual(), entry.toString());
                    assertTrue(entry.path("range").isMissingNode()
                            || entry.path("range").isTextual());
                }
            }
            assertEquals(
                    result.summary().size(),
                    JSON.readTree(ExportFormat.GITHUB_ACTION_BENCHMARK.text(result))
                            .size(),
                    "one entry per benchmark");
        }
    }

    /** Bencher's rules: benchmarks by name, measures by slug, each a numeric value within its bounds. */
    @Test
    void bencherMetricFormatHoldsItsBounds() throws IOException {
        for (String run : RUNS) {
            ResultFile result = read(run);
            JsonNode benchmarks = JSON.readTree(ExportFormat.BMF.text(result));
            assertEquals(result.summary().size(), benchmarks.size(), "one benchmark per result, none merged");
            benchmarks
                    .properties()
                    .forEach(benchmark -> benchmark.getValue().properties().forEach(measure -> {
                        assertTrue(measure.getKey().matches("[a-z0-9-]+"), "a slug: " + measure.getKey());
                        JsonNode metric = measure.getValue();
                        double value = metric.path("value").asDouble();
                        assertTrue(metric.path("value").isNumber());
                        if (metric.has("lower_value")) {
                            assertTrue(metric.path("lower_value").asDouble() <= value);
                            assertTrue(metric.path("upper_value").asDouble() >= value);
                        }
                    }));
            assertTrue(benchmarks.elements().next().has("rows-per-second"));
        }
    }

    @Test
    void formatsAreNamedAsTheCommandLineGivesThem() {
        assertEquals(
                Optional.of(ExportFormat.GITHUB_ACTION_BENCHMARK_COSTS),
                ExportFormat.named("github-action-benchmark-costs"));
        assertEquals(Optional.empty(), ExportFormat.named("JMH"));
        assertEquals("jmh, github-action-benchmark, github-action-benchmark-costs or bmf", ExportFormat.names());
    }

    private static ResultFile read(String run) {
        return ResultFiles.read(Path.of("results", run + ".json"));
    }
}
