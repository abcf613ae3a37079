package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;

/**
 * The same single-row INSERTs as {@link InsertAutocommit}, inside one transaction.
 *
 * <p>One commit, so one WAL flush, for the whole load instead of one per row: the disk drops out of
 * the picture. What remains is a network round trip per row (the client waits for each INSERT's
 * reply before it sends the next) and the per-statement work in the server: bind, executor start,
 * one heap tuple and one index entry. Round-trip latency now sets the pace.
 */
final class InsertTransaction implements LoadStrategy {
    private final SingleRowInserts inserts;

    InsertTransaction(StrategySettings settings) {
        this.inserts = new SingleRowInserts(settings.table());
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return Transactions.inOneTransaction(connection, () -> inserts.insertEach(connection, rows));
    }
}
