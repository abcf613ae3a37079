package org.pgloadbench.bench.launch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pgloadbench.result.JmhBenchmark;

/** A benchmark's result in the words of its console line: rows/sec and the 99.9% error as a share of it. */
final class ResultLine {
    private ResultLine() {}

    /**
     * @param benchmarks JMH's results of one planned run: one entry per parameter combination, each
     *                   named by the parameters that tell them apart (a sweep of rowsPerStatement)
     */
    static String of(JsonNode benchmarks) {
        List<JmhBenchmark> parsed = new ArrayList<>();
        benchmarks.forEach(benchmark -> parsed.add(JmhBenchmark.parse(benchmark)));
        Set<String> varying = parsed.stream()
                .flatMap(benchmark -> benchmark.params().keySet().stream())
                .filter(name -> parsed.stream()
                                .map(benchmark -> benchmark.params().get(name))
                                .distinct()
                                .count()
                        > 1)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        boolean rowsVary = parsed.stream().map(JmhBenchmark::rows).distinct().count() > 1;
        List<String> parts = new ArrayList<>();
        for (JmhBenchmark benchmark : parsed) {
            String name =
                    (rowsVary ? String.format("%,d rows", benchmark.rows()) + (varying.isEmpty() ? "" : ", ") : "")
                            + varying.stream()
                                    .map(parameter ->
                                            parameter + " " + benchmark.params().get(parameter))
                                    .collect(Collectors.joining(", "));
            parts.add((name.isEmpty() ? "" : name + ": ") + figure(benchmark));
        }
        return String.join("; ", parts);
    }

    private static String figure(JmhBenchmark benchmark) {
        String text = String.format("%,.0f rows/s", benchmark.rowsPerSecond());
        double error = benchmark.rowsPerSecondError() / benchmark.rowsPerSecond();
        return Double.isFinite(error) ? text + String.format(" ± %.1f%%", 100 * error) : text;
    }
}
