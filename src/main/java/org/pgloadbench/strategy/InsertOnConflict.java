package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * Multi-row {@code INSERT ... VALUES ... ON CONFLICT (key) DO UPDATE}, {@code rowsPerStatement} rows
 * a statement, into a table that already holds half of the keys: the upsert most applications write.
 *
 * <p>Each row now costs a unique-index probe that may find a conflict; a conflicting row is
 * inserted speculatively, the conflict detected, and the existing row updated instead, which
 * writes a new row version (and WAL for it) and leaves a dead one behind for VACUUM. Expect it
 * well below {@link MultiRowValues} on the same rows. A table without a key has nothing to
 * conflict on: the strategy does not apply to it.
 */
final class InsertOnConflict implements LoadStrategy {
    private final Table table;
    private final ChunkedStatements statements;

    InsertOnConflict(StrategySettings settings) {
        this.table = HalfOfTheKeys.requireKey(settings.table());
        JdbcRowBinder binder = new JdbcRowBinder(table.columns());
        this.statements = new ChunkedStatements(
                MultiRowValues.checkedRowsPerStatement(settings),
                rows -> MultiRowValues.valuesSql(table, rows) + table.onConflictUpdateSql(),
                (statement, rows, firstRow, rowCount) ->
                        MultiRowValues.bindChunk(binder, statement, rows, firstRow, rowCount));
    }

    @Override
    public void reset(Connection connection, RowSource rows) throws SQLException {
        HalfOfTheKeys.fill(connection, table, rows);
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return statements.load(connection, rows);
    }
}
