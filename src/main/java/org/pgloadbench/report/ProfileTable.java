package org.pgloadbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SummaryRow;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * What each profile measures and how long it takes, as committed runs of it show: rows per load by
 * how a strategy's cost grows with rows, the sweeps, the loads per benchmark, and the time its
 * benchmarks took on the machine named. Read from the result files, never typed, so a document's
 * durations cannot drift from what was measured, nor from one another.
 */
final class ProfileTable {
    private static final List<String> HEADERS = List.of(
            "Profile",
            "Rows per load: a commit per row / a statement per row / bulk",
            "Parameters",
            "Loads per benchmark",
            "Measuring took",
            "Run");

    private ProfileTable() {}

    /** One row per result file, in the order named; each file should be one run of a different profile. */
    static Table of(List<String> files, List<ResultFile> results) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ResultFile result = results.get(i);
            rows.add(List.of(
                    "`" + result.profile() + "`",
                    rowsPerLoad(result.summary()),
                    parameters(result.summary()),
                    loads(result.jmh()),
                    duration(result),
                    result.environment().machine().hostname() + " ("
                            + result.environment().machine().cpuModel()
                            + ", " + result.environment().machine().cores() + " cores), PostgreSQL "
                            + result.environment().postgres().serverVersion() + ", "
                            + result.createdAt().substring(0, 10)
                            + ": `" + files.get(i) + "`"));
        }
        return new Table(
                HEADERS,
                rows,
                "Warm-up goes on past the loads counted here while the JIT compilers are still busy; measuring is "
                        + "the benchmarks' time, server start-up and reports aside.");
    }

    /** The usual rows per load of each kind of strategy, and any strategy that also ran at other counts. */
    private static String rowsPerLoad(List<SummaryRow> summary) {
        List<String> kinds = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Strategy.LoadKind kind : Strategy.LoadKind.values()) {
            Map<Long, Set<String>> strategiesByRows = new TreeMap<>();
            for (SummaryRow row : summary) {
                Optional<Strategy> strategy = Strategy.named(row.strategy());
                if (strategy.isPresent() && strategy.get().loadKind() == kind) {
                    strategiesByRows
                            .computeIfAbsent(row.rows(), rows -> new LinkedHashSet<>())
                            .add(row.strategy());
                }
            }
            Optional<Long> usual = strategiesByRows.entrySet().stream()
                    .max(Comparator.comparingInt(entry -> entry.getValue().size()))
                    .map(Map.Entry::getKey);
            kinds.add(usual.map(rows -> String.format(Locale.ROOT, "%,d", rows)).orElse("–"));
            Map<Set<String>, List<String>> alsoByStrategies = new LinkedHashMap<>();
            strategiesByRows.forEach((rows, strategies) -> {
                if (!rows.equals(usual.orElse(null))) {
                    alsoByStrategies
                            .computeIfAbsent(strategies, key -> new ArrayList<>())
                            .add(String.format(Locale.ROOT, "%,d", rows));
                }
            });
            alsoByStrategies.forEach((strategies, rows) ->
                    others.add(String.join(", ", strategies) + " also " + String.join(" and ", rows)));
        }
        return String.join(" / ", kinds) + (others.isEmpty() ? "" : "; " + String.join("; ", others));
    }

    /** The values of each parameter some strategy reads, over the strategies that read it: several make a sweep. */
    private static String parameters(List<SummaryRow> summary) {
        List<String> sweeps = new ArrayList<>();
        for (StrategyParameter parameter : StrategyParameter.values()) {
            Set<String> values = summary.stream()
                    .filter(row -> Strategy.named(row.strategy())
                            .map(strategy -> strategy.reads(parameter))
                            .orElse(false))
                    .map(row -> row.params().get(parameter.jmhName()))
                    .filter(value -> value != null)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!values.isEmpty()) {
                sweeps.add(parameter.description() + " " + String.join(", ", values));
            }
        }
        return sweeps.isEmpty() ? "–" : String.join("; ", sweeps);
    }

    /** Forks and loads per fork, as JMH ran them. */
    private static String loads(JsonNode jmh) {
        Set<String> each = new LinkedHashSet<>();
        for (JsonNode benchmark : jmh) {
            int forks = benchmark.path("forks").asInt();
            each.add(String.format(
                    Locale.ROOT,
                    "%d fork%s × (%d warm-up + %d measured)",
                    forks,
                    forks == 1 ? "" : "s",
                    benchmark.path("warmupIterations").asInt(),
                    benchmark.path("measurementIterations").asInt()));
        }
        return String.join("; ", each);
    }

    private static String duration(ResultFile result) {
        long benchmarks = result.summary().size();
        String count = benchmarks + " benchmark" + (benchmarks == 1 ? "" : "s");
        if (result.durationSeconds() == null) {
            return "not recorded (" + count + ")";
        }
        long seconds = result.durationSeconds();
        return String.format(Locale.ROOT, "%d min %02d s for %s", seconds / 60, seconds % 60, count);
    }
}
