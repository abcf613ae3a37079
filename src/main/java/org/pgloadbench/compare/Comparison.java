package org.pgloadbench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.JmhSummary;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.RowCounts;
import org.pgloadbench.result.SampleStatistics;

/** Two result files compared benchmark by benchmark (same strategy, rows and parameters). */
public record Comparison(
        String baselineFile,
        String currentFile,
        double thresholdPercent,
        double alpha,
        List<String> environmentDifferences,
        List<Row> benchmarks) {

    /**
     * Rates are medians of the per-load samples; {@code forkGapPercent} the change between the two
     * sides' closest forks (see {@link ChangeDetector}). Null numbers where the benchmark is missing from
     * one side, where the test used no p-value, or where a side has one fork.
     */
    public record Row(
            String benchmark,
            String strategy,
            long rows,
            Map<String, String> params,
            Double baselineRowsPerSecond,
            Double currentRowsPerSecond,
            Double changePercent,
            Double pValue,
            Double forkGapPercent,
            String method,
            int baselineSamples,
            int currentSamples,
            Verdict verdict) {}

    public static Comparison of(
            String baselineName,
            ResultFile baseline,
            String currentName,
            ResultFile current,
            double thresholdPercent,
            double alpha) {
        ChangeDetector test = new ChangeDetector(thresholdPercent / 100, alpha);
        Map<String, JmhBenchmark> before = byKey(baseline);
        Map<String, JmhBenchmark> after = byKey(current);
        List<Row> rows = new ArrayList<>();
        for (JmhBenchmark old : before.values()) {
            JmhBenchmark now = after.get(old.key());
            if (now == null) {
                rows.add(missing(
                        old,
                        old.rowsPerSecondSamples().size(),
                        0,
                        SampleStatistics.median(old.rowsPerSecondSamples()),
                        null));
                continue;
            }
            ChangeDetector.Outcome outcome = test.compareForks(old.rowsPerSecondForks(), now.rowsPerSecondForks());
            rows.add(new Row(
                    label(old),
                    old.strategy(),
                    old.rows(),
                    old.params(),
                    outcome.baselineMedian(),
                    outcome.currentMedian(),
                    outcome.change() * 100,
                    outcome.pValue(),
                    outcome.forkGap() == null ? null : outcome.forkGap() * 100,
                    outcome.method().name().toLowerCase(),
                    old.rowsPerSecondSamples().size(),
                    now.rowsPerSecondSamples().size(),
                    outcome.verdict()));
        }
        for (JmhBenchmark now : after.values()) {
            if (!before.containsKey(now.key())) {
                rows.add(missing(
                        now,
                        0,
                        now.rowsPerSecondSamples().size(),
                        null,
                        SampleStatistics.median(now.rowsPerSecondSamples())));
            }
        }
        return new Comparison(
                baselineName,
                currentName,
                thresholdPercent,
                alpha,
                EnvironmentDifferences.between(baseline.environment(), current.environment()),
                List.copyOf(rows));
    }

    public long count(Verdict verdict) {
        return benchmarks.stream().filter(row -> row.verdict() == verdict).count();
    }

    private static Row missing(
            JmhBenchmark benchmark, int baselineSamples, int currentSamples, Double baselineRate, Double currentRate) {
        return new Row(
                label(benchmark),
                benchmark.strategy(),
                benchmark.rows(),
                benchmark.params(),
                baselineRate,
                currentRate,
                null,
                null,
                null,
                null,
                baselineSamples,
                currentSamples,
                Verdict.MISSING);
    }

    private static String label(JmhBenchmark benchmark) {
        return BenchmarkLabel.of(benchmark.toSummaryRow()) + " · " + RowCounts.compact(benchmark.rows()) + " rows";
    }

    private static Map<String, JmhBenchmark> byKey(ResultFile result) {
        Map<String, JmhBenchmark> benchmarks = new LinkedHashMap<>();
        for (JmhBenchmark benchmark : JmhSummary.benchmarks(result.jmh())) {
            benchmarks.put(benchmark.key(), benchmark);
        }
        return benchmarks;
    }
}
