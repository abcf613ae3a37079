package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * {@code TRUNCATE} and {@code COPY ... (FORMAT binary, FREEZE)} in one transaction, the recipe
 * ClickBench's PostgreSQL load uses.
 *
 * <p>FREEZE writes the rows already frozen and marked all-visible: no other transaction can see
 * the table's new files until this one commits, so no visibility can be violated (which is why
 * PostgreSQL demands the TRUNCATE or CREATE in the same transaction). What it saves comes later:
 * the first reads need not set hint bits (dirtying every page again), and the first VACUUM need
 * not freeze and rewrite every page. Now it costs next to nothing: the load itself does the same
 * work as {@link CopyBinary}.
 *
 * <p>The TRUNCATE is the price: the strategy cannot add rows to a table that already holds some.
 */
final class CopyFreeze implements LoadStrategy {
    private final Table table;
    private final String sql;

    CopyFreeze(StrategySettings settings) {
        if (settings.existingRows() > 0) {
            throw new NotApplicableException("empties the table in the load's own transaction, as FREEZE demands, "
                    + "so it cannot add rows to a table that already holds some");
        }
        this.table = settings.table();
        this.sql = table.copyFromStdinSql(" (FORMAT binary, FREEZE)");
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return Transactions.inOneTransaction(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(table.truncateSql());
            }
            return CopyInStream.copyInCurrentTransaction(
                    connection, sql, out -> new BinaryCopyEncoder(out, table.columns()).writeAll(rows));
        });
    }
}
