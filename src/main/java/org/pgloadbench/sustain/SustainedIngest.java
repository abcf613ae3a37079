package org.pgloadbench.sustain;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.pgloadbench.BenchmarkFailure;
import org.pgloadbench.bench.fork.LoadCostMeter;
import org.pgloadbench.dataset.Dataset;
import org.pgloadbench.dataset.Identifiers;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.result.LoadCost;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.ServerFingerprint;
import org.pgloadbench.strategy.LoadStrategy;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyContext;
import org.pgloadbench.strategy.StrategySettings;

/**
 * One strategy's sustained run: batch after batch into one table, created empty at the start and
 * never emptied, no CHECKPOINT forced. Each batch's rows are generated before it, untimed (their
 * keys continue after the batches before), and go through whatever the strategy does before a load
 * (an upsert's target is given half the batch's keys, as in every other run); then the load alone
 * is timed and read around like a measured load, and the table's size is read after it.
 *
 * <p>Before the first batch, one batch is loaded and thrown away, untimed, so that the first batch
 * is what a burst run measures.
 *
 * <p>Every batch must report the rows it stored. The whole table's count and checksum are checked
 * once the batches end, against every batch's rows: a checksum of a growing table after every batch
 * would pause the ingest for a scan longer than the batches themselves, and the pauses would hand the
 * checkpointer and autovacuum time no production ingest gives them.
 */
public final class SustainedIngest {
    /** Told of each batch as it ends, and once more when the table has been verified. */
    @FunctionalInterface
    public interface Listener {
        void progress(Timeline timeline) throws IOException;
    }

    /**
     * @param untilRows the rows the table is to reach; null for no limit (then the deadline ends it)
     * @param deadline  System.nanoTime() after which no batch starts; null for none
     */
    public record Limits(int batchRows, Long untilRows, Long deadline) {
        boolean reached(long rows) {
            return (untilRows != null && rows >= untilRows) || (deadline != null && System.nanoTime() >= deadline);
        }
    }

    private final ConnectionSettings server;
    private final Path serverFiles;
    private final StrategySettings loadSettings;

    /**
     * @param loadSettings what the strategy is made with: the table, rows per statement, connections and
     *                     format; existing rows above 0, since after the first batch the table is never empty
     */
    public SustainedIngest(ConnectionSettings server, Path serverFiles, StrategySettings loadSettings) {
        this.server = server;
        this.serverFiles = serverFiles;
        this.loadSettings = loadSettings;
    }

    public Timeline run(Strategy strategy, String setting, Limits limits, Listener listener)
            throws SQLException, IOException {
        Table table = loadSettings.table();
        try (Connection connection = server.open()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(table.dropSql());
            }
            table.create(connection);
            Timeline timeline = new Timeline(strategy.name(), setting, List.of(), null, null);
            RowChecksum expected = RowChecksum.NONE;
            try (LoadStrategy loader = strategy.create(loadSettings)) {
                loader.prepare(new StrategyContext(server, connection, serverFiles));
                try (LoadCostMeter costs = new LoadCostMeter(
                        connection,
                        loader.ownConnections().isEmpty() ? List.of(connection) : loader.ownConnections(),
                        ServerFingerprint.read(connection).majorVersion(),
                        null)) {
                    warmUp(loader, connection, table, limits.batchRows());
                    long nextRow = 0;
                    long inTable = 0;
                    while (!limits.reached(inTable)) {
                        int rows = limits.untilRows() == null
                                ? limits.batchRows()
                                : (int) Math.min(limits.batchRows(), limits.untilRows() - inTable);
                        Rows batch = Dataset.USERS.generate(table.shape(), nextRow, rows, RowGenerator.DEFAULT_SEED);
                        RowSource source = RowSource.of(batch);
                        loader.reset(connection, source);
                        costs.before(nextRow == 0);
                        long stored = loader.load(connection, source);
                        LoadCost cost = costs.after(rows);
                        RowChecksum batchSum = RowChecksum.of(table.shape(), batch, loader.storesRow());
                        if (stored != LoadStrategy.COUNT_NOT_REPORTED && stored != batchSum.count()) {
                            throw new BenchmarkFailure(
                                    strategy + " failed verification: the server reported " + stored
                                            + " rows stored of a batch of " + rows + ", expected " + batchSum.count(),
                                    null);
                        }
                        expected = expected.plus(batchSum);
                        timeline = timeline.with(measured(connection, table, inTable, cost));
                        listener.progress(timeline);
                        nextRow += rows;
                        inTable += batchSum.count();
                    }
                }
            }
            timeline = verified(timeline, strategy, expected, connection, table);
            listener.progress(timeline);
            try (Statement statement = connection.createStatement()) {
                statement.execute(table.dropSql());
            }
            return timeline;
        }
    }

    /**
     * One batch's rows loaded and thrown away (TRUNCATE gives the table fresh, empty files), then a
     * CHECKPOINT: the first batch then meets compiled code, an empty table and a fresh checkpoint, as
     * a burst run's measured load does, so the two can be compared.
     */
    private static void warmUp(LoadStrategy loader, Connection connection, Table table, int rows) throws SQLException {
        RowSource source = RowSource.of(Dataset.USERS.generate(table.shape(), 0, rows, RowGenerator.DEFAULT_SEED));
        loader.reset(connection, source);
        loader.load(connection, source);
        try (Statement statement = connection.createStatement()) {
            statement.execute(table.truncateSql());
            try {
                statement.execute("CHECKPOINT");
            } catch (SQLException e) {
                if (!"42501".equals(e.getSQLState())) {
                    throw e;
                }
                System.out.println(
                        "Note: this user may not run CHECKPOINT; the first batch does not start from a fresh one.");
            }
        }
    }

    private static Timeline verified(
            Timeline timeline, Strategy strategy, RowChecksum expected, Connection connection, Table table)
            throws SQLException {
        try {
            new LoadVerifier(table).verify(strategy.name(), expected, LoadStrategy.COUNT_NOT_REPORTED, 0, connection);
            return timeline.verified(true, null);
        } catch (LoadVerifier.LoadVerificationException e) {
            return timeline.verified(false, e.getMessage());
        }
    }

    /** The batch as read after it: its cost and the table's size on disk. */
    private static Batch measured(Connection connection, Table table, long rowsBefore, LoadCost cost)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery("SELECT pg_relation_size(r), pg_indexes_size(r) FROM CAST("
                        + Identifiers.literal(table.quotedName()) + " AS regclass) r")) {
            size.next();
            return new Batch(rowsBefore, cost, size.getLong(1), size.getLong(2));
        }
    }
}
