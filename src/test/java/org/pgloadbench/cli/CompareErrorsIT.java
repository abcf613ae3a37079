package org.pgloadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to compare: one sentence naming the file, exit status 2, no stack trace; samples too
 * few to judge: the table, then one sentence saying how many are needed, exit status 2.
 */
class CompareErrorsIT {
    @TempDir
    Path directory;

    @Test
    void missingFile() throws Exception {
        assertBadInput("no such result file", fixture(), directory.resolve("nope.json"));
    }

    @Test
    void truncatedJson() throws Exception {
        Path truncated = directory.resolve("truncated.json");
        String whole = Files.readString(fixture());
        Files.writeString(truncated, whole.substring(0, whole.length() / 2));
        assertBadInput("not valid JSON", fixture(), truncated);
    }

    @Test
    void jsonThatIsNotAResultFile() throws Exception {
        Path other = directory.resolve("other.json");
        Files.writeString(other, "{\"hello\": [1, 2, 3]}");
        assertBadInput("not a pgload-bench result file", fixture(), other);
    }

    @Test
    void otherSchemaVersion() throws Exception {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(fixture().toFile());
        result.put("schemaVersion", 99);
        Path future = directory.resolve("future.json");
        new ObjectMapper().writeValue(future.toFile(), result);
        assertBadInput("schema version 99", fixture(), future);
    }

    @Test
    void filesWithoutACommonBenchmark() throws Exception {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(fixture().toFile());
        result.path("jmh").forEach(benchmark -> ((ObjectNode) benchmark.path("params")).put("rows", "123"));
        Path other = directory.resolve("other-rows.json");
        new ObjectMapper().writeValue(other.toFile(), result);
        assertBadInput("the two runs share no benchmark", fixture(), other);
    }

    @Test
    void differentEnvironmentsAreRefusedUnlessAllowed() throws Exception {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(fixture().toFile());
        ((ObjectNode) result.path("environment").path("postgres").path("settings")).put("fsync", "off");
        Path unsafe = directory.resolve("fsync-off.json");
        new ObjectMapper().writeValue(unsafe.toFile(), result);

        assertBadInput("fsync: on (baseline) vs off (current)", fixture(), unsafe);
        LauncherProcess.Outcome allowed = LauncherProcess.run(
                directory, "compare", fixture().toString(), unsafe.toString(), "--allow-different-environment");
        assertEquals(0, allowed.exitCode(), allowed.output());
        assertTrue(allowed.output().startsWith("The environments differ:"), allowed.output());
    }

    @Test
    void aNegativeSampleIsRefusedNotCompared() throws Exception {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(fixture().toFile());
        ((ArrayNode) result.path("jmh")
                        .get(2)
                        .path("primaryMetric")
                        .path("rawData")
                        .get(0))
                .set(3, -5.0);
        Path negative = directory.resolve("negative.json");
        new ObjectMapper().writeValue(negative.toFile(), result);
        assertBadInput(
                "run-bench.sh: " + negative
                        + ": jmh[2].primaryMetric.rawData[0][3] must be a positive number, not -5.0.\n",
                fixture(),
                negative);
    }

    @Test
    void oneSampleAPieceIsTooFewToJudgeNotSame() throws Exception {
        Path before = withOneSample("before.json", 1.0);
        Path after = withOneSample("after.json", 10.0);
        LauncherProcess.Outcome outcome =
                LauncherProcess.run(directory, "compare", before.toString(), after.toString());
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("-90.0%         ci          -  too few samples"), outcome.output());
        assertTrue(outcome.output().contains("0 slower, 0 faster, 0 same, 7 with too few samples."), outcome.output());
        assertTrue(
                outcome.output()
                        .contains("compare: 7 benchmarks have too few samples to judge (at alpha 0.01 a side "
                                + "needs about 5 samples); measure more loads, e.g. --profile ci (10 a side)."),
                outcome.output());
    }

    /** The fixture with each benchmark's first sample only, its load time multiplied by {@code slowdown}. */
    private Path withOneSample(String name, double slowdown) throws Exception {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(fixture().toFile());
        for (JsonNode benchmark : result.path("jmh")) {
            ObjectNode metric = (ObjectNode) benchmark.path("primaryMetric");
            double time = metric.path("rawData").get(0).get(0).asDouble() * slowdown;
            metric.put("score", time).put("scoreError", "NaN");
            metric.putArray("rawData").addArray().add(time);
        }
        Path file = directory.resolve(name);
        new ObjectMapper().writeValue(file.toFile(), result);
        return file;
    }

    /** Two tables of one name with other columns: another load each, never paired, whatever their rates say. */
    @Test
    void tablesThatShareOnlyTheirNameAreNotCompared() throws Exception {
        Path twoColumns = withTable("two-columns.json", "users", List.of("id bigint", "note text"), "aaaaaaaaaaaa");
        Path fiveColumns = withTable(
                "five-columns.json",
                "users",
                List.of("id bigint", "name text", "email text", "score double precision", "created_at timestamptz"),
                "bbbbbbbbbbbb");
        assertBadInput(
                "run-bench.sh: table users is not the same table in the two runs (baseline: 2 columns (id bigint, "
                        + "note text); current: 5 columns",
                twoColumns,
                fiveColumns);

        Path sameTable = withTable("same.json", "users", List.of("id bigint", "note text"), "aaaaaaaaaaaa");
        LauncherProcess.Outcome same =
                LauncherProcess.run(directory, "compare", twoColumns.toString(), sameTable.toString());
        assertEquals(0, same.exitCode(), "the same table pairs as before:\n" + same.output());
    }

    /** An incomplete run is compared for what it holds, and the comparison says it is incomplete. */
    @Test
    void anIncompleteRunIsSaidToBeIncomplete() throws Exception {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(fixture().toFile());
        result.put("schemaVersion", 3);
        result.put("incomplete", "COPY_PARALLEL failed: FATAL: sorry, too many clients already");
        Path incomplete = directory.resolve("incomplete.json");
        new ObjectMapper().writeValue(incomplete.toFile(), result);
        LauncherProcess.Outcome outcome =
                LauncherProcess.run(directory, "compare", fixture().toString(), incomplete.toString());
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(
                outcome.output()
                        .contains("Note: the current run is incomplete (COPY_PARALLEL failed: FATAL: sorry, too many "
                                + "clients already): only what it measured is compared"),
                outcome.output());
    }

    private Path withTable(String name, String table, List<String> columns, String fingerprint) throws Exception {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(fixture().toFile());
        result.put("schemaVersion", 3);
        ObjectNode recorded = result.putArray("tables").addObject();
        recorded.put("name", table).put("fingerprint", fingerprint);
        columns.forEach(recorded.putArray("columns")::add);
        Path file = directory.resolve(name);
        new ObjectMapper().writeValue(file.toFile(), result);
        return file;
    }

    @Test
    void aFileWithoutAnEnvironment() throws Exception {
        ObjectNode result = (ObjectNode) new ObjectMapper().readTree(fixture().toFile());
        result.remove("environment");
        Path bare = directory.resolve("bare.json");
        new ObjectMapper().writeValue(bare.toFile(), result);
        assertBadInput("not a pgload-bench result file", fixture(), bare);
    }

    private void assertBadInput(String expected, Path baseline, Path current) throws Exception {
        LauncherProcess.Outcome outcome =
                LauncherProcess.run(directory, "compare", baseline.toString(), current.toString());
        assertEquals(2, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains(expected), outcome.output());
        assertFalse(outcome.output().contains("\tat "), "no stack trace:\n" + outcome.output());
    }

    private Path fixture() throws Exception {
        Path copy = directory.resolve("baseline.json");
        if (!Files.exists(copy)) {
            try (InputStream in = getClass().getResourceAsStream("/results/small-run.json")) {
                Files.copy(in, copy);
            }
        }
        return copy;
    }
}
