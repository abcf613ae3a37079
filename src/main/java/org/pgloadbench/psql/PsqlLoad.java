package org.pgloadbench.psql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.strategy.LoadStrategy;
import org.pgloadbench.strategy.Strategy;

/**
 * psql loading a batch the way a Java strategy does, as a {@link LoadStrategy}, so a sustained run
 * can put psql's timeline beside the strategy's: {@link #reset} writes the batch, untimed, as a
 * {@code \copy} file (text or binary) or a script of the same multi-row statements; {@link #load}
 * runs psql on it. psql loads on a connection of its own, which the benchmark cannot read the
 * server CPU of, and each load's time includes psql's start-up and connection (some milliseconds,
 * against seconds for a batch of a million rows).
 */
public final class PsqlLoad implements LoadStrategy {
    private final Psql psql;
    private final Strategy counterpartOf;
    private final Table table;
    private final int rowsPerStatement;
    private final Path input;
    private List<String> arguments;

    /** @param counterpartOf the strategy whose way psql loads; one with a psql counterpart */
    public PsqlLoad(Psql psql, Strategy counterpartOf, Table table, int rowsPerStatement) throws IOException {
        this.psql = psql;
        this.counterpartOf = counterpartOf;
        this.table = table;
        this.rowsPerStatement = rowsPerStatement;
        this.input = Files.createTempFile("pgload-bench-psql-" + counterpartOf, ".in");
    }

    /** How a timeline names psql's loads: {@code psql COPY_TEXT}. */
    public String name() {
        return "psql " + counterpartOf;
    }

    @Override
    public void reset(Connection connection, RowSource rows) throws SQLException {
        rows.forEachChunk(rows.size(), (chunk, firstRow) -> {
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
        try {
            return Psql.storedCount(psql.run(arguments));
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
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
