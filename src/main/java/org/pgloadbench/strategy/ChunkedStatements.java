package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.IntFunction;
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

    long load(Connection connection, Rows rows) throws SQLException {
        return Transactions.inOneTransaction(connection, () -> {
            int fullStatements = rows.size() / rowsPerStatement;
            int remainder = rows.size() % rowsPerStatement;
            long stored = 0;
            if (fullStatements > 0) {
                try (PreparedStatement statement = connection.prepareStatement(sqlForRows.apply(rowsPerStatement))) {
                    StatementPipeline pipeline = new StatementPipeline(statement, rowsPerStatement);
                    for (int chunk = 0; chunk < fullStatements; chunk++) {
                        binder.bind(statement, rows, chunk * rowsPerStatement, rowsPerStatement);
                        pipeline.add();
                    }
                    stored += pipeline.finish();
                }
            }
            if (remainder > 0) {
                try (PreparedStatement statement = connection.prepareStatement(sqlForRows.apply(remainder))) {
                    binder.bind(statement, rows, fullStatements * rowsPerStatement, remainder);
                    stored += statement.executeUpdate();
                }
            }
            return stored;
        });
    }
}
