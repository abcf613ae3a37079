package org.pgloadbench.report;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.file.Path;
import java.util.Collection;
import org.pgloadbench.UserError;

/**
 * Says what is wrong with a result file in one sentence that names the file and the field, e.g.
 * {@code x.json: jmh[2].primaryMetric.rawData[0][3] must be a positive number, not -5.0}. A
 * zero, negative or non-finite time, rate or row count is no measurement: divided through, it
 * would compare as "same" or chart a negative rate, so it is refused before anything computes.
 */
final class ResultFileCheck {
    private static final String POSITIVE_NUMBER = "a positive number";
    private static final String POSITIVE_INTEGER = "a positive integer";

    private final Path file;

    private ResultFileCheck(Path file) {
        this.file = file;
    }

    /** Refuses every figure the reports compute with that no measurement can produce. */
    static void checkFigures(Path file, JsonNode tree) {
        ResultFileCheck check = new ResultFileCheck(file);
        for (int i = 0; i < tree.path("jmh").size(); i++) {
            check.jmhBenchmark(tree.path("jmh").get(i), "jmh[" + i + "]");
        }
        for (int i = 0; i < tree.path("summary").size(); i++) {
            JsonNode row = tree.path("summary").get(i);
            String path = "summary[" + i + "]";
            check.require(isPositiveInteger(row.path("rows")), row.path("rows"), path + ".rows", POSITIVE_INTEGER);
            check.require(isPositiveNumber(row.path("rowsPerSecond")), row.path("rowsPerSecond"), path + ".rowsPerSecond", POSITIVE_NUMBER);
            check.errorBar(row.path("rowsPerSecondError"), path + ".rowsPerSecondError");
            check.require(isPositiveInteger(row.path("samples")), row.path("samples"), path + ".samples", POSITIVE_INTEGER);
        }
        for (int i = 0; i < tree.path("psql").size(); i++) {
            JsonNode reference = tree.path("psql").get(i);
            String path = "psql[" + i + "]";
            check.require(isPositiveInteger(reference.path("rows")), reference.path("rows"), path + ".rows", POSITIVE_INTEGER);
            check.require(isPositiveNumber(reference.path("rowsPerSecond")), reference.path("rowsPerSecond"),
                    path + ".rowsPerSecond", POSITIVE_NUMBER);
            check.errorBar(reference.path("rowsPerSecondError"), path + ".rowsPerSecondError");
            check.samples(reference.path("samplesMillis"), path + ".samplesMillis");
        }
    }

    /**
     * Turns Jackson's complaint about a value of the wrong type into the same kind of sentence,
     * with the field's path and the value as the file has it.
     */
    static UserError wrongType(Path file, JsonNode tree, MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        JsonNode node = tree;
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
                node = node.path(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
                node = node.path(reference.getIndex());
            }
        }
        return new ResultFileCheck(file).refusal(node, path.toString(), kind(e.getTargetType()));
    }

    private void jmhBenchmark(JsonNode benchmark, String path) {
        JsonNode rows = benchmark.path("params").path("rows");
        require(isPositiveInteger(rows), rows, path + ".params.rows", POSITIVE_INTEGER);
        JsonNode metric = benchmark.path("primaryMetric");
        require(isPositiveNumber(metric.path("score")), metric.path("score"), path + ".primaryMetric.score", POSITIVE_NUMBER);
        // JMH writes the string "NaN" when it has too few samples (two or fewer) for an interval.
        JsonNode error = metric.path("scoreError");
        require(isNonNegativeNumber(error) || error.isTextual() && error.asText().equals("NaN"), error,
                path + ".primaryMetric.scoreError", "a number of 0 or more, or \"NaN\"");
        JsonNode forks = metric.path("rawData");
        String forksKind = "a list of each fork's samples, with at least one sample";
        require(forks.isArray(), forks, path + ".primaryMetric.rawData", forksKind);
        int samples = 0;
        for (int i = 0; i < forks.size(); i++) {
            samples(forks.get(i), path + ".primaryMetric.rawData[" + i + "]");
            samples += forks.get(i).size();
        }
        require(samples > 0, forks, path + ".primaryMetric.rawData", forksKind);
    }

    private void samples(JsonNode samples, String path) {
        require(samples.isArray(), samples, path, "a list of samples");
        for (int i = 0; i < samples.size(); i++) {
            require(isPositiveNumber(samples.get(i)), samples.get(i), path + "[" + i + "]", POSITIVE_NUMBER);
        }
    }

    /** A half-width of a confidence interval; absent or null where there is none. */
    private void errorBar(JsonNode error, String path) {
        require(error.isMissingNode() || error.isNull() || isNonNegativeNumber(error), error, path, "a number of 0 or more, or null");
    }

    private void require(boolean valid, JsonNode value, String path, String kind) {
        if (!valid) {
            throw refusal(value, path, kind);
        }
    }

    private UserError refusal(JsonNode value, String path, String kind) {
        if (value.isMissingNode()) {
            return new UserError(file + ": " + path + " is missing; it must be " + kind);
        }
        String shown = value.toString().length() <= 40 ? value.toString() : value.isObject() ? "an object" : "a list";
        return new UserError(file + ": " + path + " must be " + kind + ", not " + shown);
    }

    private static boolean isPositiveNumber(JsonNode node) {
        return node.isNumber() && Double.isFinite(node.doubleValue()) && node.doubleValue() > 0;
    }

    private static boolean isNonNegativeNumber(JsonNode node) {
        return node.isNumber() && Double.isFinite(node.doubleValue()) && node.doubleValue() >= 0;
    }

    /** JMH writes parameters as strings, so {@code "2000"} counts as well as {@code 2000}. */
    private static boolean isPositiveInteger(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() && node.longValue() > 0;
        }
        return node.isTextual() && node.asText().matches("[1-9][0-9]{0,17}");
    }

    private static String kind(Class<?> type) {
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type != null && (type.isArray() || Collection.class.isAssignableFrom(type))) {
            return "a list";
        }
        return "an object";
    }
}
