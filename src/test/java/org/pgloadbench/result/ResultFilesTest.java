package org.pgloadbench.result;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pgloadbench.UserError;

/** Reading result files: what is refused, in which words, and what a reader gets. */
class ResultFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/jmh/2/primaryMetric/rawData/0/3 | -5.0         | jmh[2].primaryMetric.rawData[0][3] must be a positive number, not -5.0",
                "/jmh/2/primaryMetric/rawData/0/3 | 0            | jmh[2].primaryMetric.rawData[0][3] must be a positive number, not 0",
                "/jmh/2/primaryMetric/rawData/0/3 | \"NaN\"      | jmh[2].primaryMetric.rawData[0][3] must be a positive number, not \"NaN\"",
                "/jmh/2/primaryMetric/rawData/0/3 | \"Infinity\" | jmh[2].primaryMetric.rawData[0][3] must be a positive number, not \"Infinity\"",
                "/jmh/2/primaryMetric/rawData/0/3 | \"abc\"      | jmh[2].primaryMetric.rawData[0][3] must be a positive number, not \"abc\"",
                "/jmh/2/primaryMetric/rawData     | []           | jmh[2].primaryMetric.rawData must be a list of each fork's samples, with at least one sample, not []",
                "/jmh/2/primaryMetric/score       | -360.3       | jmh[2].primaryMetric.score must be a positive number, not -360.3",
                "/jmh/2/primaryMetric/scoreError  | -1           | jmh[2].primaryMetric.scoreError must be a number of 0 or more, or \"NaN\", not -1",
                "/jmh/2/params/rows               | \"0\"        | jmh[2].params.rows must be a positive integer, not \"0\"",
                "/jmh/2/params/rows               | \"many\"     | jmh[2].params.rows must be a positive integer, not \"many\"",
                "/summary/2/rowsPerSecond         | -5000.0      | summary[2].rowsPerSecond must be a positive number, not -5000.0",
                "/summary/2/samples               | 0            | summary[2].samples must be a positive integer, not 0",
                "/summary/0/rowsPerSecond         | \"fast\"     | summary[0].rowsPerSecond must be a number, not \"fast\"",
                "/durationSeconds                 | -1           | durationSeconds must be a number of 0 or more of whole seconds, not -1",
                "/environment/machine/cores       | \"two\"      | environment.machine.cores must be an integer, not \"two\"",
                "/environment/postgres/cluster    | {}           | environment.postgres.cluster.citusVersion is missing; it must be the Citus version as text",
                "/environment/postgres/cluster    | {\"citusVersion\": \"13.2-1\", \"distribution\": \"x\", \"workers\": [{}]} | environment.postgres.cluster.workers[0].name is missing; it must be the host:port of the worker as text",
            })
    void aValueNoMeasurementGivesIsRefusedNamingFileAndField(String pointer, String value, String message)
            throws IOException {
        Path file = write(with(fixture(), pointer, JSON.readTree(value)));
        UserError error = assertThrows(UserError.class, () -> ResultFiles.read(file));
        assertEquals(file + ": " + message, error.getMessage());
    }

    @Test
    void aLabelKeepsItsLettersInEveryScript() {
        assertEquals("_über-漢字", ResultFiles.labelTag("über 漢字"));
        assertEquals("_漢字", ResultFiles.labelTag("漢字"));
        assertEquals("_laptop-pgjdbc-42.7.4", ResultFiles.labelTag("laptop, pgjdbc 42.7.4"));
        assertEquals("_run-jmh", ResultFiles.labelTag("run.jmh"), "a result file never named as JMH's array");
        assertEquals("", ResultFiles.labelTag("🚀🚀"), "no letter, no tag: the label stays in the file");
    }

    @Test
    void jmhsNanErrorOfASingleSampleIsAccepted() throws IOException {
        JsonNode result = with(fixture(), "/jmh/0/primaryMetric/rawData", JSON.readTree("[[412.476436]]"));
        result = with(result, "/jmh/0/primaryMetric/score", JSON.readTree("412.476436"));
        result = with(result, "/jmh/0/primaryMetric/scoreError", JSON.readTree("\"NaN\""));
        SummaryRow autocommit =
                JmhSummary.summarize(ResultFiles.read(write(result)).jmh()).get(0);
        assertEquals(1, autocommit.samples());
        assertNull(autocommit.rowsPerSecondError());
    }

    @Test
    void theSummaryComesFromTheRawDataNotFromTheFile() throws IOException {
        JsonNode lying = with(fixture(), "/summary/5/rowsPerSecond", JSON.readTree("99999999.0"));
        ResultFile result = ResultFiles.read(write(lying));
        assertEquals("COPY_BINARY", result.summary().get(5).strategy());
        assertEquals(
                JmhSummary.summarize(fixture().path("jmh")).get(5),
                result.summary().get(5));
        assertEquals(729_353, result.summary().get(5).rowsPerSecond(), 1);
    }

    @Test
    void writingTwiceUnderOneNameKeepsBothResults() throws IOException {
        Path results = directory.resolve("results");
        ResultFile result = ResultFiles.read(write(fixture()));
        Path first = ResultFiles.write(results, "run", result);
        byte[] firstBytes = Files.readAllBytes(first);
        Path second = ResultFiles.write(results, "run", result);

        assertEquals(results.resolve("run.json"), first);
        assertEquals(results.resolve("run-2.json"), second);
        assertArrayEquals(firstBytes, Files.readAllBytes(first));
        assertEquals("run-2", NamedResult.read(second).name(), "its charts and pages take the same name");
        assertTrue(Files.exists(ResultFiles.jmhBeside(second)), "JMH's array beside each");
        try (Stream<Path> files = Files.list(results)) {
            assertEquals(4, files.count(), "two result files, JMH's array beside each, no temporary file left behind");
        }
    }

    /** A copy of {@code tree} with the value at {@code pointer} replaced. */
    private static JsonNode with(JsonNode tree, String pointer, JsonNode value) {
        JsonNode copy = tree.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(at.head());
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(at.last().getMatchingProperty()), value);
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
        }
        return copy;
    }

    private Path write(JsonNode result) throws IOException {
        Path file = directory.resolve("result.json");
        JSON.writeValue(file.toFile(), result);
        return file;
    }

    private static JsonNode fixture() throws IOException {
        try (InputStream in = ResultFilesTest.class.getResourceAsStream("/results/small-run.json")) {
            return JSON.readTree(in);
        }
    }
}
