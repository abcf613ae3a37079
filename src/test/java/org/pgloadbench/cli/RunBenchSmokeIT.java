package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.result.ResultFiles;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * The real thing, kept tiny: the shaded jar, as run-bench.sh runs it, against the embedded server,
 * through JMH's forked harness, down to the result file and the chart.
 */
class RunBenchSmokeIT {
    @TempDir
    static Path directory;

    private static LauncherProcess.Outcome run;

    @BeforeAll
    static void runTheSuiteOnce() throws Exception {
        run = LauncherProcess.tinyRun(
                directory, 1, "--rows", "300", "--rows-per-statement", "100", "--label", "smoke test");
    }

    @Test
    void exitsCleanlyAndPrintsTheTable() {
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("× autocommit"), run.output());
    }

    @Test
    void writesOneResultFileWithEveryStrategyVerifiedAndMeasured() throws IOException {
        JsonNode result =
                new ObjectMapper().readTree(onlyFile("results", ".json").toFile());

        assertEquals(3, result.path("schemaVersion").asInt());
        assertTrue(result.path("incomplete").isNull(), "every benchmark ran");
        assertTrue(
                result.path("durationSeconds").asLong() > 0,
                result.path("durationSeconds").toString());
        assertEquals("users", result.path("tables").get(0).path("name").asText());
        assertEquals(
                12, result.path("tables").get(0).path("fingerprint").asText().length());
        // One benchmark per strategy, the server's file load once per COPY format.
        int benchmarks = Arrays.stream(Strategy.values())
                .mapToInt(s -> s.reads(StrategyParameter.FORMAT) ? CopyFormat.values().length : 1)
                .sum();
        assertEquals(benchmarks, result.path("jmh").size(), "JMH's own array, one entry per benchmark");
        assertEquals(benchmarks, result.path("summary").size());
        Set<String> strategies =
                Arrays.stream(Strategy.values()).map(Enum::name).collect(Collectors.toSet());
        double clientCpu = 0;
        for (JsonNode row : result.path("summary")) {
            strategies.remove(row.path("strategy").asText());
            assertEquals(300, row.path("rows").asLong());
            assertTrue(row.path("rowsPerSecond").asDouble() > 0, row.toString());
            assertTrue(row.path("walBytesPerRow").asDouble() > 0, row.toString());
            assertTrue(
                    row.path("serverCpuMicrosPerRow").asDouble() > 0, "the embedded server runs on this host: " + row);
            // The JVM's CPU clock ticks every 10 ms on Linux: a 300-row load may not last one tick.
            assertTrue(row.path("clientCpuMicrosPerRow").asDouble() >= 0, row.toString());
            clientCpu += row.path("clientCpuMicrosPerRow").asDouble()
                    * row.path("rows").asLong();
            double busy = row.path("serverBusyShare").asDouble();
            assertTrue(busy > 0 && busy <= 1.05, row.toString());
        }
        assertTrue(strategies.isEmpty(), "missing: " + strategies);
        assertTrue(clientCpu > 0, "the client's CPU is counted");
        assertEquals("users", result.path("rowWidths").path(0).path("table").asText(), "MB/s has the rows' width");

        // The forks run with the JVM's own compilers and collector, never the small launcher host's.
        for (JsonNode benchmark : result.path("jmh")) {
            String jvmArguments = benchmark.path("jvmArgs").toString();
            assertFalse(
                    jvmArguments.contains("TieredStopAtLevel") || jvmArguments.contains("UseSerialGC"), jvmArguments);
        }

        JsonNode postgres = result.path("environment").path("postgres");
        assertEquals("embedded", postgres.path("target").asText());
        assertTrue(postgres.path("serverVersion").asText().startsWith("18"));
        assertEquals("on", postgres.path("settings").path("fsync").asText());
        assertEquals("on", postgres.path("settings").path("synchronous_commit").asText());
        assertFalse(result.path("environment")
                .path("machine")
                .path("hostname")
                .asText()
                .isEmpty());
    }

    /** The tools a JMH user has read a top-level array of JMH's results: the run writes it beside its own file. */
    @Test
    void writesJmhsOwnArrayBesideTheResultFile() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode jmh = json.readTree(onlyFile("results", ".jmh.json").toFile());
        assertTrue(jmh.isArray() && jmh.size() > 0, jmh.toString());
        assertEquals(json.readTree(onlyFile("results", ".json").toFile()).path("jmh"), jmh);
    }

    @Test
    void rendersChartsAndTheReportPage() throws IOException {
        String base = onlyFile("results", ".json").getFileName().toString().replace(".json", "");
        byte[] png = Files.readAllBytes(directory.resolve("charts").resolve(base + "_rows-per-second.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        assertTrue(png.length > 10_000, png.length + " bytes");
        for (String other : List.of(
                "_rows-per-second.svg",
                "_speedup.png",
                "_speedup.svg",
                "_where-the-time-goes.png",
                "_wal-per-row.png",
                ".html",
                ".md")) {
            assertTrue(Files.size(directory.resolve("charts").resolve(base + other)) > 0, base + other);
        }
    }

    /** The console: a line per benchmark, the table, the files; JMH's own output goes to the log beside the result file. */
    @Test
    void printsAQuietConsoleAndKeepsJmhsOutputInTheLog() throws IOException {
        List<String> lines = run.output().lines().toList();
        List<String> results = lines.stream()
                .filter(line -> line.matches("\\[\\d+/\\d+] .*: [\\d,]+ rows/s.* \\(\\d+ loads in \\d+:\\d\\d\\)"))
                .toList();
        assertFalse(results.isEmpty(), run.output());
        assertEquals(
                Integer.parseInt(results.get(0).replaceAll("^\\[1/(\\d+)].*", "$1")),
                results.size(),
                "one line per benchmark:\n" + run.output());
        assertTrue(lines.size() <= 80, lines.size() + " lines:\n" + run.output());
        assertFalse(run.output().contains("REMEMBER") || run.output().contains("# Fork:"), run.output());
        assertFalse(run.output().contains("\r"), "no live line when the output is not a terminal");
        Path log = onlyFile("results", ".log");
        assertEquals(
                onlyFile("results", ".json").toString().replace(".json", ".log"),
                log.toString(),
                "beside the result file");
        assertTrue(run.output().contains("JMH's log:   " + log), run.output());
        String jmh = Files.readString(log);
        assertTrue(jmh.contains("# Fork: 1 of 1") && jmh.contains("Iteration   1:"), jmh);
        assertTrue(
                run.output().contains("Claim (shared/seeds; sources in the report)"),
                "the write-ups' claims, checked:\n" + run.output());
    }

    @Test
    void theLabelNamesTheRunInItsFilesAndReport() throws IOException {
        Path result = onlyFile("results", ".json");
        assertTrue(result.getFileName().toString().endsWith("_quick_smoke-test.json"), result.toString());
        assertEquals(
                "smoke test",
                new ObjectMapper().readTree(result.toFile()).path("label").asText());
        String base = result.getFileName().toString().replace(".json", "");
        assertTrue(
                Files.readString(directory.resolve("charts").resolve(base + ".html"))
                        .contains("smoke test"),
                "the report names the run by its label");
    }

    @Test
    void verboseStreamsJmhsOutput() throws Exception {
        LauncherProcess.Outcome verbose = LauncherProcess.run(
                directory,
                "--verbose",
                "--strategies",
                "COPY_TEXT",
                "--rows",
                "100",
                "--results-dir",
                directory.resolve("verbose").toString(),
                "--charts-dir",
                directory.resolve("verbose-charts").toString(),
                "--",
                "-wi",
                "0",
                "-i",
                "1",
                "-f",
                "1");
        assertEquals(0, verbose.exitCode(), verbose.output());
        assertTrue(
                verbose.output().contains("==> [1/1] COPY_TEXT")
                        && verbose.output().contains("# Fork: 1 of 1"),
                verbose.output());
        assertTrue(verbose.output().contains("[1/1] COPY_TEXT, 100 rows per load: "), verbose.output());
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> leftovers = files.filter(
                            file -> file.getFileName().toString().endsWith(".tmp"))
                    .toList();
            assertEquals(List.of(), leftovers);
        }
    }

    private static Path onlyFile(String subdirectory, String extension) throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve(subdirectory))) {
            List<Path> all = files.filter(file -> extension.equals(".json")
                            ? ResultFiles.isResultFile(file)
                            : file.toString().endsWith(extension))
                    .toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}
