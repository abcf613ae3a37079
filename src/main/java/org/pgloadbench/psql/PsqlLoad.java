package org.pgloadbench.psql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.strategy.LoadStrategy;
import org.pgloadbench.strategy.Strategy;
import org.pgloadbench.strategy.StrategyContext;

/**
 * psql loading a batch the way a Java strategy does, as a {@link LoadStrategy}, so a sustained run
 * can put psql's timeline beside the strategy's: {@link #reset} writes the batch, untimed, as a
 * {@code \copy} file (text or binary) or a script of the same multi-row statements; {@link #load}
 * runs psql on it, and returns once psql's backend has gone, so the WAL statistics it flushes on
 * its way out are counted with the load. psql loads on a connection of its own, whose server CPU
 * the benchmark cannot read (and the client CPU a load records is the suite's JVM's, not psql's);
 * each load's time includes psql's start-up, connection and disconnection (some milliseconds,
 * against seconds for a batch of a million rows).
 */
public final class PsqlLoad implements LoadStrategy {
    private static final long BACKEND_EXIT_WAIT_NANOS = 5_000_000_000L;

    private final Psql psql;
    private final Strategy counterpartOf;
    private final Table table;
    private final int rowsPerStatement;
    private Path input;
    private List<String> arguments;

    /** @param counterpartOf the strategy whose way psql loads; one with a psql counterpart */
    public PsqlLoad(Psql psql, Strategy counterpartOf, Table table, int rowsPerStatement) {
        this.psql = psql;
        this.counterpartOf = counterpartOf;
        this.table = table;
        this.rowsPerStatement = rowsPerStatement;
    }

    /** How a timeline names psql's loads: {@code psql COPY_TEXT}. */
    public String name() {
        return "psql " + counterpartOf;
    }

    /** Makes the file each batch is written to. */
    @Override
    public void prepare(StrategyContext context) throws SQLException {
        try {
            input = Files.createTempFile("pgload-bench-psql-" + counterpartOf, ".in");
        } catch (IOException e) {
            throw new SQLException("cannot make a file for psql's input: " + e.getMessage(), e);
        }
    }

    @Override
    public void reset(Connection connection, RowSource rows) throws SQLException {
        rows.forEachChunk(rows.size(), (chunk, firstRow) -> {
            if (firstRow != 0) {
                throw new IllegalStateException("psql loads a batch held in memory, written to one file");
            }
            try {
                arguments = write(counterpartOf, table, chunk, rowsPerStatement, input);
            } catch (IOException e) {
                throw new SQLException("cannot write psql's input " + input + ": " + e.getMessage(), e);
            }
            return chunk.size();
        });
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        long stored;
        try {
            stored = Psql.storedCount(psql.run(arguments));
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
        awaitBackendExit(connection);
        return stored;
    }

    /** Waits, up to a few seconds, until no backend of psql's is left: one that has gone has flushed its statistics. */
    private static void awaitBackendExit(Connection connection) throws SQLException {
        long deadline = System.nanoTime() + BACKEND_EXIT_WAIT_NANOS;
        try (PreparedStatement left =
                connection.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            left.setString(1, Psql.APPLICATION_NAME);
            while (System.nanoTime() < deadline) {
                try (ResultSet count = left.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while psql's backend exited", e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (input == null) {
            return;
        }
        try {
            Files.deleteIfExists(input);
        } catch (IOException e) {
            throw new SQLException("cannot delete psql's input " + input + ": " + e.getMessage(), e);
        }
    }

    /** Writes the rows as psql loads them for that strategy, and returns psql's arguments to load them. */
    static List<String> write(Strategy strategy, Table table, Rows rows, int rowsPerStatement, Path input)
            throws IOException {
        String copy = "\\copy " + table.quotedName() + " (" + table.shape().columnList() + ") from '" + input + "'";
        switch (strategy.psqlCounterpart()) {
            case TEXT_COPY:
                PsqlInputs.writeTextCopy(table, rows, input);
                return List.of("-c", copy);
            case BINARY_COPY:
                PsqlInputs.writeBinaryCopy(table, rows, input);
                return List.of("-c", copy + " with (format binary)");
            case VALUES_SCRIPT:
                PsqlInputs.writeValuesScript(rows, table, rowsPerStatement, input);
                return List.of("-f", input.toString());
            case UNNEST_SCRIPT:
                PsqlInputs.writeUnnestScript(rows, table, rowsPerStatement, input);
                return List.of("-f", input.toString());
            default:
                throw new IllegalArgumentException(strategy + " has no psql counterpart");
        }
    }
}
