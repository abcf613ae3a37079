package org.pgloadbench.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Derives the rows/sec summary of a result file from JMH's JSON array. */
public final class JmhSummary {
    private JmhSummary() {}

    public static List<JmhBenchmark> benchmarks(JsonNode jmhResults) {
        List<JmhBenchmark> benchmarks = new ArrayList<>();
        for (JsonNode benchmark : jmhResults) {
            benchmarks.add(JmhBenchmark.parse(benchmark));
        }
        return benchmarks;
    }

    public static List<SummaryRow> summarize(JsonNode jmhResults) {
        return summarize(jmhResults, null);
    }

    /** With each benchmark's cost figures, where {@code costs} (null in files that predate them) has its loads. */
    public static List<SummaryRow> summarize(JsonNode jmhResults, List<BenchmarkCosts> costs) {
        Map<String, CostFigures> figures = new HashMap<>();
        if (costs != null) {
            costs.forEach(benchmark -> figures.put(benchmark.key(), benchmark.figures()));
        }
        return benchmarks(jmhResults).stream()
                .map(benchmark ->
                        benchmark.toSummaryRow().withCosts(figures.getOrDefault(benchmark.costKey(), CostFigures.NONE)))
                .toList();
    }
}
