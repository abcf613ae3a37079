package org.pgloadbench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.JmhSummary;
import org.pgloadbench.result.LoadedTable;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.RowCounts;
import org.pgloadbench.result.SampleStatistics;

/**
 * Two result files compared benchmark by benchmark (same strategy, rows and parameters, and the same
 * table behind the table's name). {@code notes} say what the verdicts cannot: a run that is
 * incomplete, a table that is not the same in both.
 */
public record Comparison(
        String baselineFile,
        String currentFile,
        double thresholdPercent,
        double alpha,
        List<String> environmentDifferences,
        List<String> notes,
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
        Set<String> notes = new LinkedHashSet<>();
        if (baseline.incomplete() != null) {
            notes.add("the baseline run is incomplete (" + baseline.incomplete()
                    + "): only what it measured is compared");
        }
        if (current.incomplete() != null) {
            notes.add(
                    "the current run is incomplete (" + current.incomplete() + "): only what it measured is compared");
        }
        for (JmhBenchmark old : before.values()) {
            JmhBenchmark now = after.get(old.key());
            Optional<String> otherTable = now == null ? Optional.empty() : otherTable(old, baseline, current);
            if (otherTable.isPresent()) {
                notes.add(otherTable.get());
                rows.add(new Row(
                        label(old),
                        old.strategy(),
                        old.rows(),
                        old.params(),
                        SampleStatistics.median(old.rowsPerSecondSamples()),
                        SampleStatistics.median(now.rowsPerSecondSamples()),
                        null,
                        null,
                        null,
                        null,
                        old.rowsPerSecondSamples().size(),
                        now.rowsPerSecondSamples().size(),
                        Verdict.NOT_COMPARABLE));
                continue;
            }
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
                List.copyOf(notes),
                List.copyOf(rows));
    }

    /**
     * Where both runs recorded the table a benchmark loaded and its fingerprints differ, a note that
     * says how: two tables that only share a name are two loads.
     */
    private static Optional<String> otherTable(JmhBenchmark benchmark, ResultFile baseline, ResultFile current) {
        String name = benchmark.params().getOrDefault("table", JmhBenchmark.DEFAULT_TABLE);
        Optional<LoadedTable> before = baseline.table(name);
        Optional<LoadedTable> after = current.table(name);
        if (before.isEmpty()
                || after.isEmpty()
                || before.get().fingerprint().equals(after.get().fingerprint())) {
            return Optional.empty();
        }
        return Optional.of("table " + name + " is not the same table in the two runs (baseline: "
                + before.get().describe() + "; current: " + after.get().describe()
                + "), so its benchmarks are not compared");
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
