package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.UsersTable;

/**
 * Upsert over COPY, the answer to the most requested feature of PgBulkInsert and
 * timescaledb-parallel-copy: binary COPY into a temporary staging table, then one
 * {@code INSERT ... SELECT ... ON CONFLICT (id) DO UPDATE} into the target, in one transaction.
 *
 * <p>The rows cross the network at COPY's speed and are written twice on the server: once into the
 * staging table (temporary, so without WAL) and once into the target, where each row meets the same
 * index probe and conflict handling as {@link InsertOnConflict}, but inside one statement with one
 * plan instead of thousands of executions.
 */
final class CopyStagingUpsert implements LoadStrategy {
    private final UsersTable table;
    private final UsersTable staging = new UsersTable("pgload_bench_staging");

    CopyStagingUpsert(StrategySettings settings) {
        this.table = settings.table();
    }

    /** A temporary table lives in the benchmark's session, which is the one every load uses. */
    @Override
    public void prepare(StrategyContext context) throws SQLException {
        try (Statement statement = context.connection().createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + staging.quotedName() + " (LIKE " + table.quotedName() + ")");
        }
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
            CopyInStream.copyInCurrentTransaction(connection, staging.copyFromStdinSql(" (FORMAT binary)"),
                    out -> new BinaryCopyEncoder(out).writeAll(rows));
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(table.insertIntoSql() + "SELECT " + UsersTable.COLUMNS + " FROM "
                        + staging.quotedName() + table.onConflictUpdateSql());
            }
        });
    }
}
