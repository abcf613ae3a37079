package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * --distributed against a real Citus coordinator with workers, named by PGLOADBENCH_CITUS_URL: a
 * JDBC URL with a superuser, e.g. jdbc:postgresql://localhost:9700/postgres?user=postgres (the
 * docs/citus.md says how to get one). Skipped without it: CI has no cluster.
 */
@EnabledIfEnvironmentVariable(named = CitusIT.URL_VARIABLE, matches = ".+")
class CitusIT {
    static final String URL_VARIABLE = "PGLOADBENCH_CITUS_URL";
    private static final int ROWS = 2_000;

    @TempDir
    Path directory;

    @Test
    void hashDistributedLoadsAreVerifiedAndEachWorkerWritesItsShare() throws Exception {
        JsonNode result = run("citus", "--shard-count", "4", "--strategies", "copy_binary,multi_row_values");

        JsonNode cluster = result.path("environment").path("postgres").path("cluster");
        assertEquals(
                "hash-distributed over 4 shards", cluster.path("distribution").asText());
        int workers = cluster.path("workers").size();
        assertTrue(workers >= 1, cluster.toString());
        for (JsonNode benchmark : result.path("loadCosts")) {
            for (JsonNode load : benchmark.path("loads")) {
                assertEquals(workers, load.path("workers").size(), load.toString());
                long workerWal = 0;
                for (JsonNode worker : load.path("workers")) {
                    assertTrue(worker.path("walBytes").asLong() > 0, "four shards put rows on every worker: " + load);
                    workerWal += worker.path("walBytes").asLong();
                }
                assertTrue(
                        workerWal > load.path("walBytes").asLong(),
                        "the workers write the rows, not the coordinator: " + load);
            }
        }
    }

    @Test
    void aReferenceTableIsWrittenWholeOnEveryWorker() throws Exception {
        JsonNode result = run("citus-reference", "--strategies", "copy_text");

        assertEquals(
                "a reference table, whole on every node",
                result.path("environment")
                        .path("postgres")
                        .path("cluster")
                        .path("distribution")
                        .asText());
        for (JsonNode load : result.path("loadCosts").get(0).path("loads")) {
            for (JsonNode worker : load.path("workers")) {
                assertTrue(worker.path("walBytes").asLong() > 50L * ROWS, "every row's WAL on every worker: " + load);
            }
        }
    }

    @Test
    void aCoordinatorWithoutWorkersIsRefusedInOneSentence() throws Exception {
        String url = System.getenv(URL_VARIABLE);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS pgload_citus_lonely");
            statement.execute("CREATE DATABASE pgload_citus_lonely");
        }
        String lonely = url.replaceFirst("/[^/?]+(\\?|$)", "/pgload_citus_lonely$1");
        try {
            try (Connection connection = DriverManager.getConnection(lonely);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION citus");
            }
            LauncherProcess.Outcome outcome =
                    LauncherProcess.run(directory, "--jdbc-url", lonely, "--distributed", "citus");
            assertEquals(2, outcome.exitCode(), outcome.output());
            assertTrue(
                    outcome.output()
                            .contains("has no active worker nodes (add them with SELECT citus_add_node('host', port))"),
                    outcome.output());
            assertFalse(outcome.output().contains("\tat "), outcome.output());
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE pgload_citus_lonely");
            }
        }
    }

    private JsonNode run(String distribution, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--jdbc-url",
                System.getenv(URL_VARIABLE),
                "--distributed",
                distribution,
                "--rows",
                String.valueOf(ROWS),
                "--results-dir",
                directory.resolve("results").toString(),
                "--charts-dir",
                directory.resolve("charts").toString()));
        arguments.addAll(List.of(options));
        arguments.addAll(List.of("--", "-wi", "0", "-i", "2", "-f", "1"));
        LauncherProcess.Outcome outcome = LauncherProcess.run(directory, arguments.toArray(String[]::new));
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("Cluster: Citus "), outcome.output());
        try (Stream<Path> reports = Files.list(directory.resolve("charts"))) {
            Path html = reports.filter(file -> file.toString().endsWith(".html"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(Files.readString(html).contains("node by node"), "the report shows each node's costs");
        }
        return new ObjectMapper()
                .readTree(LauncherProcess.resultFilesIn(directory.resolve("results"))
                        .get(0)
                        .toFile());
    }
}
