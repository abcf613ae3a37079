package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * {@link CopyBinary} into an UNLOGGED table: NOT CRASH-SAFE.
 *
 * <p>An unlogged table writes no WAL for its rows, so the load skips the WAL inserts, the
 * full-page images after the checkpoint and the flush at commit. The price is stated in the
 * documentation: after a crash the table is emptied, and it is never replicated to a standby. It
 * shows what WAL costs a bulk load, and is labelled unsafe wherever it is shown.
 */
final class CopyUnlogged implements LoadStrategy {
    private final Table table;
    private final CopyBinary copy;

    CopyUnlogged(StrategySettings settings) {
        this.table = settings.table();
        this.copy = new CopyBinary(settings);
    }

    /**
     * Once, on the table before any row is in it, so the rewrite it implies costs nothing worth
     * timing; TRUNCATE keeps the table unlogged, so rows put back before a load are unlogged too.
     */
    @Override
    public void prepare(StrategyContext context) throws SQLException {
        try (Statement statement = context.connection().createStatement()) {
            statement.execute(table.setLoggedSql(false));
        }
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return copy.load(connection, rows);
    }
}
