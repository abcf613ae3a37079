package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pgloadbench.dataset.Column;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Binary COPY over {@code connections} connections at once, what timescaledb-parallel-copy and
 * pgcopydb do: the rows are cut into as many contiguous ranges (per chunk of a streamed source),
 * and each range goes through its own COPY, encoded by its own thread, into its own transaction.
 *
 * <p>Each server backend parses and inserts its share on its own CPU, so the load scales until the
 * CPUs (client encoders and server backends together), the WAL insertion lock or the disk run out;
 * with N connections on fewer than N cores it cannot scale. Connections and threads are made in
 * {@link #prepare}, untimed.
 *
 * <p>The N transactions are not atomic together: each commits on its own, so a failure after some
 * commits would leave their rows behind. This strategy therefore cleans up itself: any failure
 * cancels every COPY still open, rolls back every transaction not committed and then, where the load
 * started from an empty table, truncates it, so a failed parallel load leaves no row behind. Into a
 * table that already held rows the committed ranges stay until the benchmark puts the table back
 * before its next load (a failed load ends the run anyway).
 */
final class CopyParallel implements LoadStrategy {
    private final Table table;
    private final String sql;
    private final int connections;
    private final boolean intoExistingRows;
    private final List<Connection> own = new ArrayList<>();
    private ExecutorService encoders;

    CopyParallel(StrategySettings settings) {
        this.table = settings.table();
        this.sql = table.copyFromStdinSql(" (FORMAT binary)");
        this.connections = settings.connections();
        this.intoExistingRows = settings.existingRows() > 0;
    }

    @Override
    public void prepare(StrategyContext context) throws SQLException {
        for (int i = 0; i < connections; i++) {
            own.add(context.server().open());
        }
        encoders = Executors.newFixedThreadPool(connections, runnable -> {
            Thread thread = new Thread(runnable, "copy-parallel-encoder");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        List<Stream> streams = new ArrayList<>();
        try {
            for (Connection each : own) {
                each.setAutoCommit(false);
                streams.add(
                        new Stream(each.unwrap(PGConnection.class).getCopyAPI().copyIn(sql), table.columns()));
            }
            rows.forEachChunk(1, (chunk, firstRow) -> {
                inParallel(
                        streams,
                        (stream, index) -> stream.write(
                                chunk, chunk.size() * index / connections, chunk.size() * (index + 1) / connections));
                return 0;
            });
            long[] stored = new long[connections];
            inParallel(streams, (stream, index) -> stored[index] = stream.end());
            for (Connection each : own) {
                each.commit();
                each.setAutoCommit(true);
            }
            long total = 0;
            for (long count : stored) {
                total += count;
            }
            return total;
        } catch (SQLException | RuntimeException failure) {
            cleanUp(connection, streams, failure);
            throw failure;
        }
    }

    @Override
    public List<Connection> ownConnections() {
        return List.copyOf(own);
    }

    @Override
    public void close() throws SQLException {
        if (encoders != null) {
            encoders.shutdownNow();
        }
        for (Connection each : own) {
            each.close();
        }
    }

    @FunctionalInterface
    private interface StreamTask {
        void run(Stream stream, int index) throws SQLException;
    }

    /** Runs the task for every stream on the encoder threads and waits for all; the first failure is thrown. */
    private void inParallel(List<Stream> streams, StreamTask task) throws SQLException {
        List<Future<Void>> running = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            int index = i;
            running.add(encoders.submit(() -> {
                task.run(streams.get(index), index);
                return null;
            }));
        }
        SQLException failure = null;
        for (Future<Void> each : running) {
            try {
                each.get();
            } catch (ExecutionException e) {
                SQLException cause = new SQLException(
                        "COPY_PARALLEL connection " + (running.indexOf(each) + 1) + " of " + connections + " failed: "
                                + e.getCause().getMessage(),
                        e.getCause() instanceof SQLException sql ? sql.getSQLState() : null,
                        e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while the parallel COPY ran", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Leaves no COPY open, no transaction uncommitted and, where the load started empty, no row in the table. */
    private void cleanUp(Connection connection, List<Stream> streams, Exception failure) {
        for (Stream stream : streams) {
            stream.cancel(failure);
        }
        for (Connection each : own) {
            try {
                if (!each.isClosed()) {
                    each.rollback();
                    each.setAutoCommit(true);
                }
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
        if (intoExistingRows) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(table.truncateSql());
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** One connection's COPY, with its own buffer and encoder. */
    private static final class Stream {
        private final CopyIn copyIn;
        private final WireBuffer buffer;
        private final BinaryCopyEncoder encoder;

        Stream(CopyIn copyIn, List<Column> columns) throws SQLException {
            this.copyIn = copyIn;
            this.buffer = new WireBuffer(copyIn::writeToCopy);
            this.encoder = new BinaryCopyEncoder(buffer, columns);
            encoder.writeHeader();
        }

        void write(Rows chunk, int from, int to) throws SQLException {
            for (int row = from; row < to; row++) {
                encoder.writeRow(chunk, row);
            }
        }

        long end() throws SQLException {
            encoder.writeTrailer();
            buffer.flush();
            return copyIn.endCopy();
        }

        void cancel(Exception failure) {
            if (copyIn.isActive()) {
                try {
                    copyIn.cancelCopy();
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}
