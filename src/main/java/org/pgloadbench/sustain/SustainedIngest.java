package org.pgloadbench.sustain;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.pgloadbench.bench.fork.LoadCostMeter;
import org.pgloadbench.dataset.Identifiers;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.RowsGenerator;
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
 * <p>Every batch must report the rows it stored; a batch that does not ends the strategy's run,
 * failed. The whole table's count and checksum are checked once the batches end, against every
 * batch's rows: a checksum of a growing table after every batch would pause the ingest for a scan
 * longer than the batches themselves. The pauses that remain (making the next batch's rows, the
 * readings, the result file) are recorded with each batch, with the checkpoints begun in them.
 */
public final class SustainedIngest {
    /** Told of each batch as it ends, and once more when the table has been verified. */
    @FunctionalInterface
    public interface Listener {
        void progress(Timeline timeline) throws IOException;
    }

    /**
     * @param untilRows     the rows the table is to reach; null for no limit (then the time ends it)
     * @param durationNanos the time the batches are given, from the first; null for no limit
     */
    public record Limits(int batchRows, Long untilRows, Long durationNanos) {
        boolean reached(long rows, long startedNanos) {
            return (untilRows != null && rows >= untilRows)
                    || (durationNanos != null && System.nanoTime() - startedNanos >= durationNanos);
        }

        int nextBatch(long rows) {
            return untilRows == null ? batchRows : (int) Math.min(batchRows, untilRows - rows);
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

    /**
     * Creates the table, runs the strategy's batches, verifies the table, closes the strategy and drops
     * the table, however the batches end.
     */
    public Timeline run(Strategy strategy, String setting, Limits limits, Listener listener)
            throws SQLException, IOException {
        return run(strategy.name(), strategy.create(loadSettings), true, setting, limits, listener);
    }

    /**
     * The same for a load another program runs on a connection of its own (psql's), whose server CPU
     * is therefore not read; {@code loader} is closed here.
     */
    public Timeline runElsewhere(String name, LoadStrategy loader, String setting, Limits limits, Listener listener)
            throws SQLException, IOException {
        return run(name, loader, false, setting, limits, listener);
    }

    private Timeline run(
            String name,
            LoadStrategy loader,
            boolean onOurConnections,
            String setting,
            Limits limits,
            Listener listener)
            throws SQLException, IOException {
        Table table = loadSettings.table();
        try (Connection connection = server.open()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(table.dropSql());
            }
            table.create(connection);
            try (loader) {
                loader.prepare(new StrategyContext(server, connection, serverFiles));
                List<Connection> loadConnections = !onOurConnections
                        ? List.of()
                        : loader.ownConnections().isEmpty() ? List.of(connection) : loader.ownConnections();
                return batches(
                        loader,
                        new Timeline(name, setting, List.of(), null, null),
                        limits,
                        listener,
                        connection,
                        loadConnections);
            } finally {
                // After the loader has closed: its own connections may still hold the table.
                dropQuietly(connection, table);
            }
        }
    }

    /**
     * One batch at least, each into the table as the last left it, then the whole table verified.
     * Rows come from one pass of the generator, so no batch repeats another's values; the next
     * batch's are made in the pause after a load.
     */
    private Timeline batches(
            LoadStrategy loader,
            Timeline begun,
            Limits limits,
            Listener listener,
            Connection connection,
            List<Connection> loadConnections)
            throws SQLException, IOException {
        Table table = loadSettings.table();
        String name = begun.strategy();
        Timeline timeline = begun;
        RowChecksum expected = RowChecksum.NONE;
        try (LoadCostMeter costs = new LoadCostMeter(
                connection, loadConnections, ServerFingerprint.read(connection).majorVersion(), null)) {
            RowsGenerator.Pass rowsToCome = table.shape().generator().start(RowGenerator.DEFAULT_SEED);
            Rows batch = rowsToCome.next(0, limits.nextBatch(0));
            warmUp(loader, connection, table, batch);
            long started = System.nanoTime();
            long lastLoadEnded = 0;
            long inTable = 0;
            long nextRow = 0;
            while (true) {
                RowSource source = RowSource.of(batch);
                loader.reset(connection, source);
                costs.before(nextRow == 0);
                long pause = nextRow == 0 ? 0 : System.nanoTime() - lastLoadEnded;
                long stored = loader.load(connection, source);
                LoadCost cost = costs.after(batch.size());
                lastLoadEnded = System.nanoTime();
                RowChecksum batchSum = RowChecksum.of(table.shape(), batch, loader.storesRow());
                expected = expected.plus(batchSum);
                timeline = timeline.with(
                        measured(connection, table, inTable, cost, pause, costs.checkpointsBetweenLoads()));
                if (stored != LoadStrategy.COUNT_NOT_REPORTED && stored != batchSum.count()) {
                    timeline = timeline.verified(
                            false,
                            name + " failed verification: the server reported " + stored
                                    + " rows stored of a batch of " + batch.size() + ", expected "
                                    + batchSum.count());
                    listener.progress(timeline);
                    return timeline;
                }
                listener.progress(timeline);
                nextRow += batch.size();
                inTable += batchSum.count();
                if (limits.reached(inTable, started)) {
                    break;
                }
                batch = rowsToCome.next(nextRow, limits.nextBatch(inTable));
            }
        }
        timeline = verified(timeline, name, expected, connection, table);
        listener.progress(timeline);
        return timeline;
    }

    private static void dropQuietly(Connection connection, Table table) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(table.dropSql());
        } catch (SQLException e) {
            // The server may be gone with the batches: what ended them is the error to report.
        }
    }

    /**
     * The first batch's rows loaded and thrown away (TRUNCATE gives the table fresh, empty files), then a
     * CHECKPOINT: the first batch then meets compiled code, an empty table and a fresh checkpoint, as
     * a burst run's measured load does, so the two can be compared.
     */
    private static void warmUp(LoadStrategy loader, Connection connection, Table table, Rows firstBatch)
            throws SQLException {
        RowSource source = RowSource.of(firstBatch);
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
            Timeline timeline, String name, RowChecksum expected, Connection connection, Table table)
            throws SQLException {
        try {
            new LoadVerifier(table).verify(name, expected, LoadStrategy.COUNT_NOT_REPORTED, 0, connection);
            return timeline.verified(true, null);
        } catch (LoadVerifier.LoadVerificationException e) {
            return timeline.verified(false, e.getMessage());
        }
    }

    /** The batch as read after it: its cost, the pause before it and the table's size on disk. */
    private static Batch measured(
            Connection connection, Table table, long rowsBefore, LoadCost cost, long pauseNanos, long pauseCheckpoints)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery("SELECT pg_table_size(r), pg_indexes_size(r) FROM CAST("
                        + Identifiers.literal(table.quotedName()) + " AS regclass) r")) {
            size.next();
            return new Batch(rowsBefore, cost, pauseNanos, pauseCheckpoints, size.getLong(1), size.getLong(2));
        }
    }
}
