package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;

/**
 * {@code addBatch} per row of one prepared single-row INSERT, {@code executeBatch} every
 * {@code rowsPerStatement} rows, one transaction: what Spring's {@code batchUpdate} and Hibernate's
 * JDBC batching send by default.
 *
 * <p>pgjdbc pipelines a batch: it writes every Bind/Execute of the batch before it reads a reply,
 * so the per-row round trip of {@link InsertTransaction} is gone. Every row is still its own
 * statement execution on the server (bind, executor start, one heap tuple, one index entry, one
 * reply), which keeps it well below the multi-row strategies.
 */
final class JdbcBatch implements LoadStrategy {
    private final SingleRowBatches batches;

    JdbcBatch(StrategySettings settings) {
        this.batches = new SingleRowBatches(settings.table(), settings.rowsPerStatement());
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return batches.load(connection, rows);
    }
}
