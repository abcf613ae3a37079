package org.pgloadbench.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run on one machine, as written under {@code results/}: when, with which profile, on what
 * environment, JMH's own JSON array untouched (so JMH tools still read it), and the rows/sec
 * summary derived from it; {@code psql} holds the psql yardstick when the run measured it, else null;
 * {@code rowWidths} the text-form bytes per row of each table loaded, null in files older than MB/s;
 * {@code loadCosts} what every measured load cost the server and the client, null in version 1 files
 * and in runs made with --no-cost-accounting; {@code skipped} the strategies asked for that this
 * server could not run, with the reason (null in files older than the list); {@code label} what
 * the run is called in reports when its host and time do not say enough (an A/B run's revision), else null;
 * {@code durationSeconds} how long its benchmarks took to measure, from planning them to the last load
 * (server start-up and reports aside), null in files older than the field and in an A/B run's merged
 * sides, whose forks interleave with the other side's; {@code tables} each table loaded, with the
 * fingerprint that tells same-named tables apart (null in files older than version 3);
 * {@code incomplete} why the run ended before it measured everything it planned, null for a run that
 * did: such a file holds every benchmark measured before the end, and every reader says so.
 */
public record ResultFile(
        int schemaVersion,
        String createdAt,
        String profile,
        Environment environment,
        JsonNode jmh,
        List<SummaryRow> summary,
        List<PsqlResult> psql,
        List<RowWidth> rowWidths,
        List<BenchmarkCosts> loadCosts,
        List<SkippedStrategy> skipped,
        String label,
        Long durationSeconds,
        List<LoadedTable> tables,
        String incomplete) {
    /**
     * Version 2 added the loads' costs, version 3 the tables' fingerprints and the mark of an
     * incomplete run; older files still load, with those null.
     */
    public static final int SCHEMA_VERSION = 3;

    public static final int OLDEST_READABLE_SCHEMA_VERSION = 1;

    /** The table of that name this run loaded, where the file records its tables. */
    public Optional<LoadedTable> table(String name) {
        return tables == null
                ? Optional.empty()
                : tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /** This run, ended early for {@code reason}: every benchmark it holds was measured, others planned were not. */
    public ResultFile incomplete(String reason) {
        return new ResultFile(
                schemaVersion,
                createdAt,
                profile,
                environment,
                jmh,
                summary,
                psql,
                rowWidths,
                loadCosts,
                skipped,
                label,
                durationSeconds,
                tables,
                reason);
    }

    /** Each benchmark's costs by its {@link JmhBenchmark#costKey()}; empty where the run recorded none. */
    @JsonIgnore
    public Map<String, BenchmarkCosts> costsByKey() {
        Map<String, BenchmarkCosts> byKey = new HashMap<>();
        if (loadCosts != null) {
            loadCosts.forEach(benchmark -> byKey.put(benchmark.key(), benchmark));
        }
        return byKey;
    }
}
