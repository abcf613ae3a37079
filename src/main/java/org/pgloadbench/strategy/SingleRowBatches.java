package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * One prepared single-row INSERT, {@code addBatch} per row and {@code executeBatch} every
 * {@code rowsPerBatch} rows, in one transaction: the loop both JDBC batch strategies share. What the
 * driver then sends depends on the connection's {@code reWriteBatchedInserts}.
 */
final class SingleRowBatches {
    private final String sql;
    private final JdbcRowBinder binder;
    private final int rowsPerBatch;

    SingleRowBatches(Table table, int rowsPerBatch) {
        this.sql = table.insertIntoSql() + "VALUES "
                + MultiRowValues.placeholders(table.columns().size());
        this.binder = new JdbcRowBinder(table.columns());
        this.rowsPerBatch = rowsPerBatch;
    }

    /** The rows the driver reported, or {@link LoadStrategy#COUNT_NOT_REPORTED} where it reported none. */
    long load(Connection connection, RowSource rows) throws SQLException {
        return Transactions.inOneTransaction(connection, () -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                StatementPipeline batches = new StatementPipeline(insert, rowsPerBatch);
                rows.forEachChunk(1, (chunk, firstRow) -> {
                    for (int row = 0; row < chunk.size(); row++) {
                        binder.bind(insert, 1, chunk, row);
                        batches.add();
                    }
                    return 0;
                });
                return batches.finish();
            }
        });
    }
}
