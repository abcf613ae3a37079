package org.pgloadbench.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of JMH's JSON, read for rows/sec: its score is time per load (or loads per time if
 * someone ran it in throughput mode), and its {@code rows} parameter says how many rows a load is.
 * JMH writes NaN and infinities as strings, and every parameter as a string. {@code costKey} is
 * the key its forks logged its loads' costs under: made from the parameters the run itself had,
 * before the ones added to the suite later were filled in.
 */
public record JmhBenchmark(
        String strategy,
        long rows,
        Map<String, String> params,
        double rowsPerSecond,
        double rowsPerSecondError,
        List<List<Double>> rowsPerSecondForks,
        String costKey) {
    /**
     * Parameters added to the suite after some result files were written, with the value the
     * older suite used, so old and new results of the same load still match.
     */
    private static final Map<String, String> LATER_PARAMETERS = Map.of(
            "dataset",
            "USERS",
            "streamRows",
            "false",
            "connections",
            "1",
            "table",
            JmhBenchmark.DEFAULT_TABLE,
            "indexes",
            JmhBenchmark.DEFAULT_INDEXES,
            "format",
            "BINARY",
            "existingRows",
            "0",
            "keyOrder",
            "natural",
            "tableFeature",
            "none");
    /** The table and indexes every load had before tables had shapes. */
    public static final String DEFAULT_TABLE = "users";

    public static final String DEFAULT_INDEXES = "pk";

    private static final Map<String, Double> SECONDS_PER_UNIT =
            Map.of("ns", 1e-9, "us", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "hr", 3600.0);

    /**
     * The error bar is JMH's 99.9% interval carried through {@code rows / t} by its first-order
     * (delta method) approximation: {@code rows * error / t²}.
     */
    public static JmhBenchmark parse(JsonNode benchmark) {
        JsonNode params = benchmark.path("params");
        Map<String, String> otherParams = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            if (!param.getKey().equals("strategy") && !param.getKey().equals("rows")) {
                otherParams.put(param.getKey(), param.getValue().asText());
            }
        }
        long rows = Long.parseLong(params.path("rows").asText());
        String costKey = key(params.path("strategy").asText(), rows, otherParams);
        LATER_PARAMETERS.forEach(otherParams::putIfAbsent);
        JsonNode metric = benchmark.path("primaryMetric");
        String unit = metric.path("scoreUnit").asText();
        double score = number(metric.path("score"));
        double error = number(metric.path("scoreError"));

        List<List<Double>> forks = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            List<Double> samples = new ArrayList<>();
            for (JsonNode sample : fork) {
                samples.add(rowsPerSecond(number(sample), unit, rows));
            }
            forks.add(List.copyOf(samples));
        }
        double rowsPerSecond = rowsPerSecond(score, unit, rows);
        double rowsPerSecondError = unit.endsWith("/op")
                ? rows
                        * (error * secondsPer(timeUnit(unit), unit))
                        / Math.pow(score * secondsPer(timeUnit(unit), unit), 2)
                : rowsPerSecond(error, unit, rows);
        return new JmhBenchmark(
                params.path("strategy").asText(),
                rows,
                otherParams,
                rowsPerSecond,
                rowsPerSecondError,
                List.copyOf(forks),
                costKey);
    }

    /** Every measured load's rows/sec, fork after fork. */
    public List<Double> rowsPerSecondSamples() {
        return rowsPerSecondForks.stream().flatMap(List::stream).toList();
    }

    /** Identifies the same benchmark across result files: strategy, rows and every other parameter. */
    public String key() {
        return key(strategy, rows, params);
    }

    /** The key of the benchmark with these parameters, as a fork that knows them computes it. */
    public static String key(String strategy, long rows, Map<String, String> otherParams) {
        return strategy + " " + rows + " " + new java.util.TreeMap<>(otherParams);
    }

    public SummaryRow toSummaryRow() {
        return new SummaryRow(
                strategy,
                rows,
                params,
                rowsPerSecond,
                Double.isFinite(rowsPerSecondError) ? rowsPerSecondError : null,
                rowsPerSecondSamples().size());
    }

    /** A JMH score, or one sample, as rows/sec: time per load or loads per time, a load being {@code rows} rows. */
    public static double rowsPerSecond(double value, String unit, long rows) {
        if (unit.endsWith("/op")) {
            return rows / (value * secondsPer(timeUnit(unit), unit));
        }
        if (unit.startsWith("ops/")) {
            return value / secondsPer(unit.substring(4), unit) * rows;
        }
        throw new IllegalArgumentException("unknown JMH score unit '" + unit + "'");
    }

    private static String timeUnit(String timePerOp) {
        return timePerOp.substring(0, timePerOp.length() - "/op".length());
    }

    /** A number as JMH writes it: NaN and the infinities as strings. */
    static double number(JsonNode node) {
        return node.isTextual() ? Double.parseDouble(node.asText()) : node.asDouble(Double.NaN);
    }

    private static double secondsPer(String timeUnit, String wholeUnit) {
        Double seconds = SECONDS_PER_UNIT.get(timeUnit);
        if (seconds == null) {
            throw new IllegalArgumentException("unknown JMH score unit '" + wholeUnit + "'");
        }
        return seconds;
    }
}
