package org.pgloadbench.result;

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
    private static final String NON_NEGATIVE = "a number of 0 or more";

    private final Path file;

    private ResultFileCheck(Path file) {
        this.file = file;
    }

    /** Refuses the first figure the reports compute with that no measurement can produce. */
    static void checkFigures(Path file, JsonNode tree) {
        ResultFileCheck check = new ResultFileCheck(file);
        check.require(
                tree.path("jmh").size() > 0, tree.path("jmh"), "jmh", "a list of at least one measured benchmark");
        check.require(
                instant(tree.path("createdAt")),
                tree.path("createdAt"),
                "createdAt",
                "the time the run started, as 2026-11-22T09:47:20Z");
        for (int i = 0; i < tree.path("jmh").size(); i++) {
            check.jmhBenchmark(tree.path("jmh").get(i), "jmh[" + i + "].");
        }
        for (int i = 0; i < tree.path("summary").size(); i++) {
            String path = "summary[" + i + "].";
            check.rate(tree.path("summary").get(i), path);
            check.positiveInteger(tree.path("summary").get(i), "samples", path);
        }
        for (int i = 0; i < tree.path("rowWidths").size(); i++) {
            String path = "rowWidths[" + i + "].";
            check.positiveNumber(tree.path("rowWidths").get(i), "textBytesPerRow", path);
            check.positiveInteger(tree.path("rowWidths").get(i), "rowsMeasured", path);
        }
        for (int i = 0; i < tree.path("loadCosts").size(); i++) {
            JsonNode benchmark = tree.path("loadCosts").get(i);
            check.require(
                    benchmark.path("key").isTextual(),
                    benchmark.path("key"),
                    "loadCosts[" + i + "].key",
                    "the benchmark's key as text");
            JsonNode loads = benchmark.path("loads");
            check.require(
                    loads.isArray() && loads.size() > 0,
                    loads,
                    "loadCosts[" + i + "].loads",
                    "a list of at least one load's costs");
            for (int j = 0; j < loads.size(); j++) {
                String path = "loadCosts[" + i + "].loads[" + j + "].";
                check.positiveInteger(loads.get(j), "rows", path);
                check.positiveInteger(loads.get(j), "wallNanos", path);
                check.workers(loads.get(j).path("workers"), path + "workers");
            }
        }
        check.cluster(tree.path("environment").path("postgres").path("cluster"), "environment.postgres.cluster");
        for (int i = 0; i < tree.path("tables").size(); i++) {
            JsonNode table = tree.path("tables").get(i);
            String path = "tables[" + i + "].";
            check.require(
                    table.path("name").isTextual(), table.path("name"), path + "name", "the table's name as text");
            check.require(
                    table.path("fingerprint").isTextual(),
                    table.path("fingerprint"),
                    path + "fingerprint",
                    "the table's fingerprint as text");
        }
        if (!tree.path("durationSeconds").isMissingNode()
                && !tree.path("durationSeconds").isNull()) {
            check.require(
                    tree.path("durationSeconds").canConvertToLong()
                            && tree.path("durationSeconds").asLong() >= 0,
                    tree.path("durationSeconds"),
                    "durationSeconds",
                    NON_NEGATIVE + " of whole seconds");
        }
        for (int i = 0; i < tree.path("psql").size(); i++) {
            String path = "psql[" + i + "].";
            check.rate(tree.path("psql").get(i), path);
            check.samples(tree.path("psql").get(i).path("samplesMillis"), path + "samplesMillis");
        }
    }

    private static boolean instant(JsonNode value) {
        try {
            java.time.Instant.parse(value.asText());
            return value.isTextual();
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** A load's per-worker costs, where a distributed run recorded them: each names its node and its WAL. */
    private void workers(JsonNode workers, String path) {
        if (workers.isMissingNode() || workers.isNull()) {
            return;
        }
        require(workers.isArray(), workers, path, "a list of the costs of each worker");
        for (int i = 0; i < workers.size(); i++) {
            JsonNode worker = workers.get(i);
            require(
                    worker.path("node").isTextual(),
                    worker.path("node"),
                    path + "[" + i + "].node",
                    "the host:port of the worker as text");
            require(
                    isAtLeastZero(worker.path("walBytes")),
                    worker.path("walBytes"),
                    path + "[" + i + "].walBytes",
                    NON_NEGATIVE);
        }
    }

    /** The Citus cluster a distributed run recorded: its version, distribution and each worker's name. */
    private void cluster(JsonNode cluster, String path) {
        if (cluster.isMissingNode() || cluster.isNull()) {
            return;
        }
        require(
                cluster.path("citusVersion").isTextual(),
                cluster.path("citusVersion"),
                path + ".citusVersion",
                "the Citus version as text");
        require(
                cluster.path("distribution").isTextual(),
                cluster.path("distribution"),
                path + ".distribution",
                "the distribution as text");
        JsonNode workers = cluster.path("workers");
        require(workers.isArray() && workers.size() > 0, workers, path + ".workers", "a list of at least one worker");
        for (int i = 0; i < workers.size(); i++) {
            require(
                    workers.get(i).path("name").isTextual(),
                    workers.get(i).path("name"),
                    path + ".workers[" + i + "].name",
                    "the host:port of the worker as text");
        }
    }

    /** What a summary row and a psql result share: rows per load, rows/sec and its error bar. */
    private void rate(JsonNode row, String path) {
        positiveInteger(row, "rows", path);
        positiveNumber(row, "rowsPerSecond", path);
        errorBar(row, "rowsPerSecondError", path);
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
        positiveInteger(benchmark.path("params"), "rows", path + "params.");
        JsonNode metric = benchmark.path("primaryMetric");
        String metricPath = path + "primaryMetric.";
        positiveNumber(metric, "score", metricPath);
        // JMH writes the string "NaN" when it has too few samples (two or fewer) for an interval.
        JsonNode error = metric.path("scoreError");
        require(
                isAtLeastZero(error) || error.isTextual() && error.asText().equals("NaN"),
                error,
                metricPath + "scoreError",
                NON_NEGATIVE + ", or \"NaN\"");
        JsonNode forks = metric.path("rawData");
        String forksKind = "a list of each fork's samples, with at least one sample";
        require(forks.isArray(), forks, metricPath + "rawData", forksKind);
        int samples = 0;
        for (int i = 0; i < forks.size(); i++) {
            samples(forks.get(i), metricPath + "rawData[" + i + "]");
            samples += forks.get(i).size();
        }
        require(samples > 0, forks, metricPath + "rawData", forksKind);
    }

    private void samples(JsonNode samples, String path) {
        require(samples.isArray(), samples, path, "a list of samples");
        for (int i = 0; i < samples.size(); i++) {
            require(isPositive(samples.get(i)), samples.get(i), path + "[" + i + "]", "a positive number");
        }
    }

    private void positiveNumber(JsonNode parent, String field, String path) {
        JsonNode value = parent.path(field);
        require(isPositive(value), value, path + field, "a positive number");
    }

    /** JMH writes parameters as strings, so {@code "2000"} counts as well as {@code 2000}. */
    private void positiveInteger(JsonNode parent, String field, String path) {
        JsonNode value = parent.path(field);
        boolean valid = value.isIntegralNumber()
                ? value.canConvertToLong() && value.longValue() > 0
                : value.isTextual() && value.asText().matches("[1-9][0-9]{0,17}");
        require(valid, value, path + field, "a positive integer");
    }

    /** The half-width of a confidence interval; absent or null where there is none. */
    private void errorBar(JsonNode parent, String field, String path) {
        JsonNode value = parent.path(field);
        require(
                value.isMissingNode() || value.isNull() || isAtLeastZero(value),
                value,
                path + field,
                NON_NEGATIVE + ", or null");
    }

    private static boolean isPositive(JsonNode node) {
        return isAtLeastZero(node) && node.doubleValue() > 0;
    }

    private static boolean isAtLeastZero(JsonNode node) {
        return node.isNumber() && Double.isFinite(node.doubleValue()) && node.doubleValue() >= 0;
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
