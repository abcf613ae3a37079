package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * Upsert over COPY, the answer to the most requested feature of PgBulkInsert and
 * timescaledb-parallel-copy: binary COPY into a temporary staging table, then one
 * {@code INSERT ... SELECT ... ON CONFLICT (key) DO UPDATE} into the target, in one transaction.
 *
 * <p>The rows cross the network at COPY's speed and are written twice on the server: once into the
 * staging table (temporary, so without WAL) and once into the target, where each row meets the same
 * index probe and conflict handling as {@link InsertOnConflict}, but inside one statement with one
 * plan instead of thousands of executions. A table without a key has nothing to conflict on: the
 * strategy does not apply to it.
 */
final class CopyStagingUpsert implements LoadStrategy {
    private final Table table;
    /** Made by {@link #prepare}. */
    private Table staging;

    CopyStagingUpsert(StrategySettings settings) {
        this.table = HalfOfTheKeys.requireKey(settings.table());
    }

    /**
     * A temporary table lives in the benchmark's session, which is the one every load uses. It has
     * the sent columns only, without constraints: identity and defaulted columns stay the target's.
     */
    @Override
    public void prepare(StrategyContext context) throws SQLException {
        staging = table.createTemporaryCopy(context.connection(), "pgload_bench_staging");
    }

    @Override
    public void reset(Connection connection, RowSource rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(staging.truncateSql());
        }
        HalfOfTheKeys.fill(connection, table, rows);
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return Transactions.inOneTransaction(connection, () -> {
            CopyInStream.copyInCurrentTransaction(
                    connection,
                    staging.copyFromStdinSql(" (FORMAT binary)"),
                    out -> new BinaryCopyEncoder(out, table.columns()).writeAll(rows));
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(table.insertIntoSql() + "SELECT "
                        + table.shape().columnList() + " FROM " + staging.quotedName() + table.onConflictUpdateSql());
            }
        });
    }
}
