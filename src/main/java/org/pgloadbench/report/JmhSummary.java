package org.pgloadbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives rows/sec from JMH's JSON: a benchmark's score is time per load (or loads per time if
 * someone ran it in throughput mode), and its {@code rows} parameter says how many rows a load is.
 *
 * <p>The error bar is JMH's 99.9% interval carried through {@code rows / t} by its first-order
 * (delta method) approximation: {@code rows * error / t²}.
 */
public final class JmhSummary {
    private static final Map<String, Double> SECONDS_PER_UNIT = Map.of(
            "ns", 1e-9, "us", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "hr", 3600.0);

    private JmhSummary() {
    }

    public static List<SummaryRow> summarize(JsonNode jmhResults) {
        List<SummaryRow> rows = new ArrayList<>();
        for (JsonNode benchmark : jmhResults) {
            rows.add(summarizeOne(benchmark));
        }
        return rows;
    }

    private static SummaryRow summarizeOne(JsonNode benchmark) {
        JsonNode params = benchmark.path("params");
        Map<String, String> otherParams = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            if (!param.getKey().equals("strategy") && !param.getKey().equals("rows")) {
                otherParams.put(param.getKey(), param.getValue().asText());
            }
        }
        long rowsPerLoad = Long.parseLong(params.path("rows").asText());
        JsonNode metric = benchmark.path("primaryMetric");
        double score = number(metric.path("score"));
        double error = number(metric.path("scoreError"));
        String unit = metric.path("scoreUnit").asText();

        double rowsPerSecond;
        double rowsPerSecondError;
        if (unit.endsWith("/op")) {
            double seconds = score * secondsPer(unit.substring(0, unit.length() - 3), unit);
            double errorSeconds = error * secondsPer(unit.substring(0, unit.length() - 3), unit);
            rowsPerSecond = rowsPerLoad / seconds;
            rowsPerSecondError = rowsPerLoad * errorSeconds / (seconds * seconds);
        } else if (unit.startsWith("ops/")) {
            double perSecond = 1 / secondsPer(unit.substring(4), unit);
            rowsPerSecond = score * perSecond * rowsPerLoad;
            rowsPerSecondError = error * perSecond * rowsPerLoad;
        } else {
            throw new IllegalArgumentException("unknown JMH score unit '" + unit + "'");
        }
        int samples = 0;
        for (JsonNode fork : metric.path("rawData")) {
            samples += fork.size();
        }
        return new SummaryRow(params.path("strategy").asText(), rowsPerLoad, otherParams, rowsPerSecond,
                Double.isFinite(rowsPerSecondError) ? rowsPerSecondError : null, samples);
    }

    /** JMH writes NaN and infinities as strings. */
    private static double number(JsonNode node) {
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
