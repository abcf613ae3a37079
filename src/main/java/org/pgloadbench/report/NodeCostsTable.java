package org.pgloadbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a distributed load spends its work, node by node: for each benchmark of a run on a Citus
 * cluster, the coordinator's WAL and its load backends' CPU per row, then each worker's WAL and
 * whole-server CPU per row, summed over the measured loads. A hash-distributed load should show
 * the workers sharing the WAL and the coordinator writing little; a reference table, every worker
 * writing all of it.
 */
final class NodeCostsTable {
    private static final List<String> HEADERS = List.of("Benchmark", "Node", "WAL B/row", "CPU µs/row");

    private NodeCostsTable() {
    }

    /** No rows unless some load recorded its workers' costs. */
    static Table table(ResultFile result) {
        Map<String, BenchmarkCosts> costs = result.costsByKey();
        List<List<String>> rows = new ArrayList<>();
        for (JmhBenchmark benchmark : JmhSummary.benchmarks(result.jmh())) {
            BenchmarkCosts measured = costs.get(benchmark.costKey());
            if (measured == null || measured.loads().isEmpty() || measured.loads().stream().anyMatch(load -> load.workers() == null)) {
                continue;
            }
            String label = BenchmarkLabel.withRows(benchmark.toSummaryRow());
            long loadedRows = measured.loads().stream().mapToLong(LoadCost::rows).sum();
            Long coordinatorCpu = 0L;
            long coordinatorWal = 0;
            Map<String, long[]> workers = new LinkedHashMap<>(); // WAL bytes, CPU nanos (-1 once unknown)
            for (LoadCost load : measured.loads()) {
                coordinatorWal += load.walBytes();
                coordinatorCpu = coordinatorCpu == null || load.serverCpuNanos() == null ? null : coordinatorCpu + load.serverCpuNanos();
                for (NodeCost node : load.workers()) {
                    long[] sums = workers.computeIfAbsent(node.node(), name -> new long[2]);
                    sums[0] += node.walBytes();
                    sums[1] = sums[1] < 0 || node.serverCpuNanos() == null ? -1 : sums[1] + node.serverCpuNanos();
                }
            }
            rows.add(row(label, "coordinator", coordinatorWal, coordinatorCpu == null ? -1 : coordinatorCpu, loadedRows));
            workers.forEach((node, sums) -> rows.add(row("", node, sums[0], sums[1], loadedRows)));
        }
        return new Table(HEADERS, rows, "Per row loaded, over the measured loads. The coordinator's CPU is its load backends'; a "
                + "worker's is its whole server's (the backends the coordinator opened on it, its WAL writer and checkpointer), "
                + "where it runs on this machine.");
    }

    private static List<String> row(String benchmark, String node, long walBytes, long cpuNanos, long rows) {
        return List.of(benchmark, node, String.format(Locale.ROOT, "%,.0f", walBytes / (double) rows),
                cpuNanos < 0 ? "n/a" : String.format(Locale.ROOT, "%,.2f", cpuNanos / 1_000.0 / rows));
    }
}
