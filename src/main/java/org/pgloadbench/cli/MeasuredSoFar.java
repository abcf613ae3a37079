package org.pgloadbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pgloadbench.bench.launch.LoadedTables;
import org.pgloadbench.bench.launch.PlannedRun;
import org.pgloadbench.bench.launch.RowWidths;
import org.pgloadbench.result.BenchmarkCosts;
import org.pgloadbench.result.Environment;
import org.pgloadbench.result.JmhBenchmark;
import org.pgloadbench.result.JmhSummary;
import org.pgloadbench.result.LoadCostLog;
import org.pgloadbench.result.PsqlResult;
import org.pgloadbench.result.ResultFile;
import org.pgloadbench.result.SkippedStrategy;

/**
 * A run's result as it grows, benchmark by benchmark, and the one place its result file is made:
 * whole once every benchmark has run, or, if the run ends first (a later load that fails, psql
 * failing, the server dying, Ctrl-C), holding every benchmark measured until then and marked
 * incomplete with the reason. What was measured is never lost with what was not.
 */
final class MeasuredSoFar {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Instant createdAt;
    private final String profile;
    private final Environment environment;
    private final List<SkippedStrategy> skipped;
    private final String label;
    /** Where the forks logged their loads' costs; null for a run without cost accounting. */
    private final Path costLog;

    private final ArrayNode jmh = JSON.createArrayNode();
    private final List<PlannedRun> runs = new ArrayList<>();
    private boolean ended;

    MeasuredSoFar(
            Instant createdAt,
            String profile,
            Environment environment,
            List<SkippedStrategy> skipped,
            String label,
            Path costLog) {
        this.createdAt = createdAt;
        this.profile = profile;
        this.environment = environment;
        this.skipped = List.copyOf(skipped);
        this.label = label;
        this.costLog = costLog;
    }

    /** One planned run measured: JMH's results of each of its parameter combinations. */
    synchronized void measured(PlannedRun run, JsonNode benchmarks) {
        jmh.addAll((ArrayNode) benchmarks);
        runs.add(run);
    }

    /**
     * The result of every benchmark measured so far, ended early for {@code reason}; empty where none
     * was, or where the run's end was already recorded (a failure that Ctrl-C caused ends it once).
     */
    synchronized Optional<ResultFile> incomplete(String reason) {
        if (ended || jmh.isEmpty()) {
            return Optional.empty();
        }
        ended = true;
        try {
            return Optional.of(result(null).incomplete(reason));
        } catch (IOException | SQLException | RuntimeException e) {
            // What the forks measured is still there, in JMH's own output beside the result file.
            return Optional.empty();
        }
    }

    /** The whole run's result, psql's yardstick included where it was measured. */
    synchronized ResultFile complete(List<PsqlResult> psql) throws IOException, SQLException {
        ResultFile result = result(psql);
        ended = true;
        return result;
    }

    private ResultFile result(List<PsqlResult> psql) throws IOException, SQLException {
        List<BenchmarkCosts> costs = costLog == null ? null : measuredCosts(LoadCostLog.read(costLog));
        return new ResultFile(
                ResultFile.SCHEMA_VERSION,
                createdAt.toString(),
                profile,
                environment,
                jmh.deepCopy(),
                JmhSummary.summarize(jmh, costs),
                psql,
                RowWidths.measure(runs),
                costs,
                skipped,
                label,
                Duration.between(createdAt, Instant.now()).toSeconds(),
                LoadedTables.of(runs),
                null);
    }

    /** The costs of the benchmarks measured whole: a load of one cut short is in the log, but not in JMH's results. */
    private List<BenchmarkCosts> measuredCosts(List<BenchmarkCosts> logged) {
        Set<String> measured =
                JmhSummary.benchmarks(jmh).stream().map(JmhBenchmark::costKey).collect(Collectors.toSet());
        return logged.stream().filter(costs -> measured.contains(costs.key())).toList();
    }
}
