package org.pgloadbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pgloadbench.result.BenchmarkCosts;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.JmhSummary;
import org.pgloadbench.result.LoadCost;
import org.pgloadbench.result.NodeCost;
import org.pgloadbench.result.ResultFile;

/**
 * Where a distributed load spends its work, node by node: for each benchmark of a run on a Citus
 * cluster, the coordinator's WAL and its load backends' CPU per row, then each worker's WAL and
 * whole-server CPU per row, summed over the measured loads. A hash-distributed load should show
 * the workers sharing the WAL and the coordinator writing little; a reference table, every worker
 * writing all of it.
 */
final class NodeCostsTable {
    private static final List<String> HEADERS = List.of("Benchmark", "Node", "WAL B/row", "CPU µs/row");

    private NodeCostsTable() {}

    /** No rows unless some load recorded its workers' costs. */
    static Table table(ResultFile result) {
        Map<String, BenchmarkCosts> costs = result.costsByKey();
        List<List<String>> rows = new ArrayList<>();
        for (JmhBenchmark benchmark : JmhSummary.benchmarks(result.jmh())) {
            BenchmarkCosts measured = costs.get(benchmark.costKey());
            if (measured == null
                    || measured.loads().isEmpty()
                    || measured.loads().stream().anyMatch(load -> load.workers() == null)) {
                continue;
            }
            String label = BenchmarkLabel.withRows(benchmark.toSummaryRow());
            long loadedRows =
                    measured.loads().stream().mapToLong(LoadCost::rows).sum();
            rows.add(row(
                    label,
                    "coordinator",
                    measured.loads().stream().mapToLong(LoadCost::walBytes).sum(),
                    sum(measured.loads().stream().map(LoadCost::serverCpuNanos).toList()),
                    loadedRows));
            Map<String, List<NodeCost>> byWorker = measured.loads().stream()
                    .flatMap(load -> load.workers().stream())
                    .collect(Collectors.groupingBy(NodeCost::node, LinkedHashMap::new, Collectors.toList()));
            byWorker.forEach((node, loads) -> rows.add(row(
                    "",
                    node,
                    loads.stream().mapToLong(NodeCost::walBytes).sum(),
                    sum(loads.stream().map(NodeCost::serverCpuNanos).toList()),
                    loadedRows)));
        }
        return new Table(
                HEADERS,
                rows,
                "Per row loaded, over the measured loads. The coordinator's CPU is its load backends'; a "
                        + "worker's is its whole server's (the backends the coordinator opened on it, its WAL writer and checkpointer), "
                        + "where it runs on this machine.");
    }

    /** Null where any load's figure is: a sum over some loads only would pass for all of them. */
    private static Long sum(List<Long> nanos) {
        return nanos.contains(null)
                ? null
                : nanos.stream().mapToLong(Long::longValue).sum();
    }

    private static List<String> row(String benchmark, String node, long walBytes, Long cpuNanos, long rows) {
        return List.of(
                benchmark,
                node,
                String.format(Locale.ROOT, "%,.0f", walBytes / (double) rows),
                cpuNanos == null ? "n/a" : String.format(Locale.ROOT, "%,.2f", cpuNanos / 1_000.0 / rows));
    }
}
