package org.pgloadbench.psql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.launch.PlannedRun;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.result.PsqlResult;
import org.pgloadbench.result.SampleStatistics;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.strategy.PsqlCounterpart;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyParameter;

/**
 * Times psql loading the same rows as a Java strategy into the same table on the same server:
 * {@code \copy} of the identical COPY text or binary stream, and {@code psql -f} of a script of
 * the same multi-row statements. Each load gets the benchmark's treatment: an emptied table and a
 * checkpoint before, verification of count and checksum after, warm-up loads discarded.
 *
 * <p>A load is timed as psql's whole run minus the median of psql runs that only connect and run
 * {@code SELECT 1}, so psql is not charged for starting a process.
 */
public final class PsqlReference {

    private final Psql psql;
    private final ConnectionSettings connection;
    private final int warmupLoads;
    private final int measuredLoads;

    public PsqlReference(Psql psql, ConnectionSettings connection, int warmupLoads, int measuredLoads) {
        this.psql = psql;
        this.connection = connection;
        this.warmupLoads = warmupLoads;
        this.measuredLoads = measuredLoads;
    }

    public List<PsqlResult> run(List<PlannedRun> plan) throws IOException, SQLException {
        String version = psql.version();
        double startupMillis = psql.startupMillis();
        System.out.printf(
                "%npsql yardstick: %s, start-up and connection %.1f ms (subtracted from every load)%n",
                version, startupMillis);
        List<PsqlResult> results = new ArrayList<>();
        Path directory = Files.createTempDirectory("pgload-bench-psql");
        try (Connection jdbc = connection.open()) {
            for (PlannedRun run : plan) {
                if (run.strategy().psqlCounterpart() == PsqlCounterpart.NONE) {
                    continue;
                }
                Table table = run.table();
                Rows rows = run.dataset().generate(table.shape(), run.rows(), RowGenerator.DEFAULT_SEED);
                RowChecksum expected = RowChecksum.of(table.shape(), rows);
                for (int rowsPerStatement : run.rowsPerStatement()) {
                    Path input = directory.resolve(run.strategy() + "-" + rowsPerStatement);
                    List<String> arguments = PsqlLoad.write(run.strategy(), table, rows, rowsPerStatement, input);
                    System.out.printf(
                            "==> psql %s, %,d rows%s%n",
                            run.strategy(),
                            run.rows(),
                            run.strategy().reads(StrategyParameter.ROWS_PER_STATEMENT)
                                    ? ", " + rowsPerStatement + " rows per statement"
                                    : "");
                    List<Double> samples =
                            measure(jdbc, table, run.strategy(), arguments, expected, run.rows(), startupMillis);
                    results.add(result(run, rowsPerStatement, version, startupMillis, samples));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return results;
    }

    private List<Double> measure(
            Connection jdbc,
            Table table,
            Strategy strategy,
            List<String> arguments,
            RowChecksum expected,
            int rows,
            double startupMillis)
            throws IOException, SQLException {
        LoadVerifier verifier = new LoadVerifier(table);
        try (Statement statement = jdbc.createStatement()) {
            statement.execute(table.dropSql());
        }
        table.create(jdbc);
        List<Double> samples = new ArrayList<>();
        for (int load = 0; load < warmupLoads + measuredLoads; load++) {
            try (Statement statement = jdbc.createStatement()) {
                statement.execute(table.truncateSql());
                statement.execute("CHECKPOINT");
            }
            long start = System.nanoTime();
            String output = psql.run(arguments);
            double millis = (System.nanoTime() - start) / 1e6 - startupMillis;
            verifier.verify("psql " + strategy, expected, Psql.storedCount(output), rows, jdbc);
            if (millis <= 0) {
                throw new UserError(
                        "psql loaded " + rows + " rows (" + strategy + ") faster than it starts up, so the load "
                                + "cannot be timed apart from the start-up; compare with more rows");
            }
            if (load >= warmupLoads) {
                samples.add(millis);
            }
        }
        try (Statement statement = jdbc.createStatement()) {
            statement.execute(table.dropSql());
        }
        return samples;
    }

    private PsqlResult result(
            PlannedRun run, int rowsPerStatement, String version, double startupMillis, List<Double> samples) {
        SampleStatistics seconds =
                SampleStatistics.of(samples.stream().map(ms -> ms / 1000).toList());
        double rowsPerSecond = run.rows() / seconds.mean();
        Double error = seconds.halfWidth999() == null
                ? null
                : run.rows() * seconds.halfWidth999() / (seconds.mean() * seconds.mean());
        return new PsqlResult(
                run.strategy().name(),
                run.rows(),
                Map.of(
                        "rowsPerStatement",
                        String.valueOf(rowsPerStatement),
                        "badRowPercent",
                        String.valueOf(run.badRowPercent())),
                version,
                startupMillis,
                samples,
                rowsPerSecond,
                error);
    }
}
