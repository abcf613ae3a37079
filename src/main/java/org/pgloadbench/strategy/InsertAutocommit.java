package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;

/**
 * One prepared INSERT per row with autocommit on: what naive application code does.
 *
 * <p>Every row is its own transaction, so every row waits for a commit, and with
 * {@code synchronous_commit=on} a commit waits for its WAL record to be flushed to disk (fsync).
 * On top of that each row costs a full client-server round trip and an executor start-up. The
 * disk's flush latency, not CPU, sets the pace: this is the baseline the other strategies are
 * measured against, typically hundreds to a few thousand rows per second.
 */
final class InsertAutocommit implements LoadStrategy {
    private final SingleRowInserts inserts;

    InsertAutocommit(StrategySettings settings) {
        this.inserts = new SingleRowInserts(settings.table());
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        connection.setAutoCommit(true);
        return inserts.insertEach(connection, rows);
    }
}
