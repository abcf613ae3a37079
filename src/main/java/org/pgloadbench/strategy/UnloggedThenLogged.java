package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * {@link CopyUnlogged}'s load followed by {@code ALTER TABLE ... SET LOGGED}, timed together: the
 * honest price of the "load unlogged, then make it durable" recipe.
 *
 * <p>SET LOGGED rewrites the whole table and its indexes into new files and writes all of them to
 * WAL, so the WAL the unlogged load skipped is written anyway, in bigger records (whole pages)
 * and after the data was already written once. Whether that beats a plain logged COPY is the
 * question this answers. Only once SET LOGGED has committed are the rows crash-safe.
 */
final class UnloggedThenLogged implements LoadStrategy {
    private final Table table;
    private final CopyUnlogged unlogged;

    UnloggedThenLogged(StrategySettings settings) {
        this.table = settings.table();
        this.unlogged = new CopyUnlogged(settings);
    }

    /** The previous load left the table logged; it is made unlogged again while it is empty. */
    @Override
    public void reset(Connection connection, RowSource rows) throws SQLException {
        unlogged.reset(connection, rows);
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        long stored = unlogged.load(connection, rows);
        try (Statement statement = connection.createStatement()) {
            statement.execute(table.setLoggedSql(true));
        }
        return stored;
    }
}
