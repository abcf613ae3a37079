package org.pgloadbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pgloadbench.result.BenchmarkCosts;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.JmhSummary;
import org.pgloadbench.result.LoadCost;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SampleStatistics;

/**
 * The measured loads of a run that something else overlapped (a checkpoint, an autovacuum, the
 * JVM's GC, other processes, the hypervisor), each beside its own rows/sec and how far that is
 * from its benchmark's median: the reader sees whether the disturbance explains an outlier. The
 * loads stay in the statistics; this only says which ones had company.
 */
public final class DisturbedLoads {
    private static final List<String> HEADERS = List.of("Benchmark", "Load", "Rows/sec", "vs median", "What else ran");

    private DisturbedLoads() {}

    /** One row per disturbed load; empty when nothing disturbed any load, or the run recorded no costs. */
    static Table table(ResultFile result) {
        Map<String, BenchmarkCosts> costs = result.costsByKey();
        List<List<String>> rows = new ArrayList<>();
        for (JmhBenchmark benchmark : JmhSummary.benchmarks(result.jmh())) {
            BenchmarkCosts measured = costs.get(benchmark.costKey());
            List<Double> samples = benchmark.rowsPerSecondSamples();
            if (measured == null || measured.loads().size() != samples.size()) {
                continue; // loads and samples pair up one to one, in order, or not at all
            }
            double median = SampleStatistics.median(samples);
            for (int i = 0; i < samples.size(); i++) {
                LoadCost load = measured.loads().get(i);
                List<String> what = load.disturbances() == null
                        ? List.of()
                        : load.disturbances().describe(load.wallNanos());
                if (!what.isEmpty()) {
                    rows.add(List.of(
                            BenchmarkLabel.withRows(benchmark.toSummaryRow()),
                            String.valueOf(i + 1),
                            String.format(Locale.ROOT, "%,.0f", samples.get(i)),
                            String.format(Locale.ROOT, "%+.1f%%", 100 * (samples.get(i) / median - 1)),
                            String.join(", ", what)));
                }
            }
        }
        return new Table(
                HEADERS,
                rows,
                "Loads are numbered in the order they ran, fork after fork. Other processes: CPU time the machine "
                        + "spent on neither the server, nor the benchmark's JVMs, nor the kernel's threads. GC, JIT, other processes and steal are named from a "
                        + "tenth of a load's time.");
    }

    /** The console's one line about them, or empty when no load was disturbed. */
    public static String note(ResultFile result) {
        int disturbed = table(result).rows().size();
        int measured = result.loadCosts() == null
                ? 0
                : result.loadCosts().stream()
                        .mapToInt(costs -> costs.loads().size())
                        .sum();
        return disturbed == 0
                ? ""
                : disturbed + " of " + measured + " measured loads had company (a checkpoint, an autovacuum, GC, "
                        + "JIT, other processes): the report lists them.";
    }
}
