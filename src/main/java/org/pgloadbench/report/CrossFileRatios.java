package org.pgloadbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several runs side by side in the manner of ClickBench: for each benchmark (strategy, rows and
 * parameters) every run's rows/sec as a share of the best run's, and per run the geometric mean
 * of those shares over the benchmarks it has: one number per run, 1.0 for a run that was best
 * everywhere, robust to one benchmark dominating the others.
 */
public record CrossFileRatios(List<String> benchmarks, List<Map<String, Double>> rowsPerSecondByRun,
                              List<Map<String, Double>> shareOfBestByRun, List<Double> geometricMeanByRun,
                              List<String> commonBenchmarks) {

    public static CrossFileRatios of(List<NamedResult> runs) {
        Map<String, Double> best = new LinkedHashMap<>();
        List<Map<String, Double>> rates = new ArrayList<>();
        for (NamedResult run : runs) {
            Map<String, Double> byBenchmark = new LinkedHashMap<>();
            for (SummaryRow row : run.result().summary()) {
                String key = label(row);
                byBenchmark.put(key, row.rowsPerSecond());
                best.merge(key, row.rowsPerSecond(), Math::max);
            }
            rates.add(byBenchmark);
        }
        List<Map<String, Double>> shares = new ArrayList<>();
        List<Double> geometricMeans = new ArrayList<>();
        for (Map<String, Double> byBenchmark : rates) {
            Map<String, Double> share = new LinkedHashMap<>();
            byBenchmark.forEach((key, rate) -> share.put(key, rate / best.get(key)));
            shares.add(share);
            geometricMeans.add(Math.exp(share.values().stream().mapToDouble(Math::log).average().orElse(Double.NaN)));
        }
        List<String> common = best.keySet().stream().filter(key -> rates.stream().allMatch(run -> run.containsKey(key))).toList();
        return new CrossFileRatios(List.copyOf(best.keySet()), rates, shares, geometricMeans, common);
    }

    static String label(SummaryRow row) {
        return BenchmarkLabel.withRows(row);
    }
}
