package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.IntFunction;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;

/**
 * Loads rows in statements of {@code rowsPerStatement} rows each, plus one shorter statement for
 * the remainder, all inside one transaction. Full statements go through a {@link StatementPipeline}.
 * The two multi-row strategies differ only in their SQL and in how they bind a chunk.
 */
final class ChunkedStatements {
    @FunctionalInterface
    interface ChunkBinder {
        void bind(PreparedStatement statement, Rows rows, int firstRow, int rowCount) throws SQLException;
    }

    private final int rowsPerStatement;
    private final IntFunction<String> sqlForRows;
    private final ChunkBinder binder;

    ChunkedStatements(int rowsPerStatement, IntFunction<String> sqlForRows, ChunkBinder binder) {
        this.rowsPerStatement = rowsPerStatement;
        this.sqlForRows = sqlForRows;
        this.binder = binder;
    }

    long load(Connection connection, RowSource rows) throws SQLException {
        return Transactions.inOneTransaction(connection, () -> {
            try (PreparedStatement full = connection.prepareStatement(sqlForRows.apply(rowsPerStatement))) {
                StatementPipeline pipeline = StatementPipeline.ofMultiRowStatements(full, rowsPerStatement);
                // Chunks come in multiples of rowsPerStatement, so only the last can leave a remainder.
                long storedByRemainder = rows.forEachChunk(rowsPerStatement, (chunk, firstRow) -> {
                    int fullStatements = chunk.size() / rowsPerStatement;
                    for (int statement = 0; statement < fullStatements; statement++) {
                        binder.bind(full, chunk, statement * rowsPerStatement, rowsPerStatement);
                        pipeline.add();
                    }
                    int remainder = chunk.size() % rowsPerStatement;
                    return remainder == 0
                            ? 0
                            : executeOnce(connection, chunk, fullStatements * rowsPerStatement, remainder);
                });
                return pipeline.finish() + storedByRemainder;
            }
        });
    }

    private long executeOnce(Connection connection, Rows rows, int firstRow, int rowCount) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sqlForRows.apply(rowCount))) {
            binder.bind(statement, rows, firstRow, rowCount);
            return statement.executeUpdate();
        }
    }
}
