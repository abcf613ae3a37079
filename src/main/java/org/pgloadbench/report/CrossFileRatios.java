package org.pgloadbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pgloadbench.result.BenchmarkLabel;
import org.pgloadbench.result.NamedResult;
import org.pgloadbench.result.SummaryRow;

/**
 * Several runs side by side in the manner of ClickBench: for each benchmark (strategy, rows and
 * parameters) every run's rows/sec as a share of the best run's, and per run the geometric mean
 * of those shares over the benchmarks every run has (so a run missing one is not flattered): one
 * number per run, 1.0 for a run that was best everywhere, robust to one benchmark dominating.
 */
public record CrossFileRatios(
        List<String> benchmarks,
        List<Map<String, Double>> rowsPerSecondByRun,
        List<Map<String, Double>> shareOfBestByRun,
        List<Double> geometricMeanByRun,
        List<String> commonBenchmarks) {
    /** Under every table of shares: what a missing share means. */
    static final String GAP_LEGEND =
            "– means the run did not measure that benchmark (not asked for, or its server could "
                    + "not run it: see the run's notes); geometric means are over the benchmarks every run measured.";

    public static CrossFileRatios of(List<NamedResult> runs) {
        Map<String, Double> best = new LinkedHashMap<>();
        List<Map<String, Double>> rates = new ArrayList<>();
        for (NamedResult run : runs) {
            Map<String, Double> byBenchmark = new LinkedHashMap<>();
            for (SummaryRow row : run.result().summary()) {
                String key = BenchmarkLabel.withRows(row);
                byBenchmark.put(key, row.rowsPerSecond());
                best.merge(key, row.rowsPerSecond(), Math::max);
            }
            rates.add(byBenchmark);
        }
        List<String> common = best.keySet().stream()
                .filter(key -> rates.stream().allMatch(run -> run.containsKey(key)))
                .toList();
        List<Map<String, Double>> shares = new ArrayList<>();
        List<Double> geometricMeans = new ArrayList<>();
        for (Map<String, Double> byBenchmark : rates) {
            Map<String, Double> share = new LinkedHashMap<>();
            byBenchmark.forEach((key, rate) -> share.put(key, rate / best.get(key)));
            shares.add(share);
            geometricMeans.add(Math.exp(common.stream()
                    .mapToDouble(key -> Math.log(share.get(key)))
                    .average()
                    .orElse(Double.NaN)));
        }
        return new CrossFileRatios(List.copyOf(best.keySet()), rates, shares, geometricMeans, common);
    }

    /** Each benchmark's share of the best run's rows/sec, run by run, with each run's geometric mean below. */
    Table table() {
        List<String> headers = new ArrayList<>(List.of("Benchmark"));
        List<String> total = new ArrayList<>(List.of("Geometric mean"));
        for (int run = 0; run < shareOfBestByRun.size(); run++) {
            headers.add("Run " + (run + 1));
            total.add(format(geometricMeanByRun.get(run)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String benchmark : benchmarks) {
            List<String> row = new ArrayList<>(List.of(benchmark));
            shareOfBestByRun.forEach(share -> row.add(format(share.get(benchmark))));
            rows.add(row);
        }
        return new Table(headers, rows, GAP_LEGEND, total);
    }

    /** A share or a geometric mean as the tables print it: two decimals, or – for none. */
    static String format(Double share) {
        return share == null || share.isNaN() ? "–" : String.format(Locale.ROOT, "%.2f", share);
    }
}
