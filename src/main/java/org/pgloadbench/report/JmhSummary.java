package org.pgloadbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Derives the rows/sec summary of a result file from JMH's JSON array. */
public final class JmhSummary {
    private JmhSummary() {
    }

    public static List<JmhBenchmark> benchmarks(JsonNode jmhResults) {
        List<JmhBenchmark> benchmarks = new ArrayList<>();
        for (JsonNode benchmark : jmhResults) {
            benchmarks.add(JmhBenchmark.parse(benchmark));
        }
        return benchmarks;
    }

    public static List<SummaryRow> summarize(JsonNode jmhResults) {
        return benchmarks(jmhResults).stream().map(JmhBenchmark::toSummaryRow).toList();
    }
}
