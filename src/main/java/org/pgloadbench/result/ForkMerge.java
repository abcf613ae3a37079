package org.pgloadbench.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Joins the result files of single-fork runs of the same code into one result file, as if JMH had
 * run those forks itself: each benchmark's samples keep one array per fork, and its score, 99.9%
 * error, interval and percentiles are recomputed over all of them with JMH's own statistics. A
 * profiler's secondary metrics are left out: they would describe the first fork only.
 * What an A/B run needs, whose forks of one revision alternate with the other revision's.
 */
public final class ForkMerge {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The confidence of JMH's {@code scoreError} and {@code scoreConfidence}. */
    private static final double CONFIDENCE = 0.999;
    /** The ranks JMH writes under {@code scorePercentiles}, as it names them. */
    private static final double[] PERCENTILES = {0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0};

    private ForkMerge() {}

    /**
     * One result file from {@code forks} (in the order they ran), with the given header fields; row
     * widths, tables and costs are taken from the forks, the psql yardstick is not part of such a run.
     *
     * @param incomplete why the forks stopped before all were run, or null
     */
    public static ResultFile merge(
            List<ResultFile> forks,
            String createdAt,
            String profile,
            Environment environment,
            List<SkippedStrategy> skipped,
            String label,
            String incomplete) {
        JsonNode jmh = mergeJmh(forks);
        List<BenchmarkCosts> costs = mergeCosts(forks);
        return new ResultFile(
                ResultFile.SCHEMA_VERSION,
                createdAt,
                profile,
                environment,
                jmh,
                JmhSummary.summarize(jmh, costs),
                null,
                rowWidths(forks),
                costs,
                skipped,
                label,
                null,
                tables(forks),
                incomplete);
    }

    /** Every table the forks loaded, once, as the first fork that loaded it recorded it; null where none recorded any. */
    private static List<LoadedTable> tables(List<ResultFile> forks) {
        Map<String, LoadedTable> tables = new LinkedHashMap<>();
        forks.stream()
                .filter(fork -> fork.tables() != null)
                .flatMap(fork -> fork.tables().stream())
                .forEach(table -> tables.putIfAbsent(table.name(), table));
        return forks.stream().allMatch(fork -> fork.tables() == null) ? null : List.copyOf(tables.values());
    }

    private static JsonNode mergeJmh(List<ResultFile> forks) {
        Map<String, ObjectNode> merged = new LinkedHashMap<>();
        for (ResultFile fork : forks) {
            for (JsonNode benchmark : fork.jmh()) {
                String key = JmhBenchmark.parse(benchmark).key();
                ObjectNode into = merged.get(key);
                if (into == null) {
                    into = benchmark.deepCopy();
                    // A profiler's figures (-prof gc, say) are per fork; only the primary metric is merged.
                    into.putObject("secondaryMetrics");
                    merged.put(key, into);
                    continue;
                }
                ArrayNode rawData = (ArrayNode) into.path("primaryMetric").path("rawData");
                benchmark.path("primaryMetric").path("rawData").forEach(rawData::add);
                into.put("forks", rawData.size());
            }
        }
        ArrayNode result = JSON.createArrayNode();
        merged.values().forEach(benchmark -> result.add(withStatistics(benchmark)));
        return result;
    }

    private static ObjectNode withStatistics(ObjectNode benchmark) {
        ObjectNode metric = (ObjectNode) benchmark.path("primaryMetric");
        ListStatistics statistics = new ListStatistics();
        metric.path("rawData")
                .forEach(fork -> fork.forEach(sample -> statistics.addValue(JmhBenchmark.number(sample))));
        metric.put("score", statistics.getMean());
        metric.set("scoreError", numberNode(statistics.getMeanErrorAt(CONFIDENCE)));
        ArrayNode interval = metric.putArray("scoreConfidence");
        for (double bound : statistics.getConfidenceIntervalAt(CONFIDENCE)) {
            interval.add(numberNode(bound));
        }
        ObjectNode percentiles = metric.putObject("scorePercentiles");
        for (double rank : PERCENTILES) {
            percentiles.put(String.valueOf(rank), statistics.getPercentile(rank));
        }
        return benchmark;
    }

    /** As JMH writes numbers: NaN (the error of too few samples) and the infinities as strings. */
    private static JsonNode numberNode(double value) {
        return Double.isFinite(value) ? DoubleNode.valueOf(value) : TextNode.valueOf(String.valueOf(value));
    }

    /** Null when the forks recorded none (a run with --no-cost-accounting). */
    private static List<BenchmarkCosts> mergeCosts(List<ResultFile> forks) {
        if (forks.stream().allMatch(fork -> fork.loadCosts() == null)) {
            return null;
        }
        Map<String, List<LoadCost>> loads = new LinkedHashMap<>();
        Map<String, Map<String, String>> unavailable = new LinkedHashMap<>();
        for (ResultFile fork : forks) {
            for (BenchmarkCosts costs : fork.loadCosts() == null ? List.<BenchmarkCosts>of() : fork.loadCosts()) {
                loads.computeIfAbsent(costs.key(), key -> new ArrayList<>()).addAll(costs.loads());
                unavailable
                        .computeIfAbsent(costs.key(), key -> new LinkedHashMap<>())
                        .putAll(costs.unavailable());
            }
        }
        return loads.keySet().stream()
                .map(key -> new BenchmarkCosts(key, List.copyOf(loads.get(key)), unavailable.get(key)))
                .toList();
    }

    private static List<RowWidth> rowWidths(List<ResultFile> forks) {
        Map<String, RowWidth> widths = new LinkedHashMap<>();
        for (ResultFile fork : forks) {
            if (fork.rowWidths() != null) {
                fork.rowWidths().forEach(width -> widths.putIfAbsent(width.table() + " " + width.dataset(), width));
            }
        }
        return List.copyOf(widths.values());
    }
}
