package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * {@code ALTER TABLE ... SET UNLOGGED}, {@link CopyBinary}'s load, {@code ALTER TABLE ... SET
 * LOGGED}, timed together: the honest price of the "load unlogged, then make it durable" recipe.
 *
 * <p>SET LOGGED rewrites the whole table and its indexes into new files and writes all of them to
 * WAL, so the WAL the unlogged load skipped is written anyway, in bigger records (whole pages)
 * and after the data was already written once. Whether that beats a plain logged COPY is the
 * question this answers. Only once SET LOGGED has committed are the rows crash-safe. On an empty
 * table SET UNLOGGED costs next to nothing; on one that already holds rows both statements rewrite
 * them all, which is the recipe's real price there.
 */
final class UnloggedThenLogged implements LoadStrategy {
    private final Table table;
    private final CopyBinary copy;

    UnloggedThenLogged(StrategySettings settings) {
        this.table = settings.table();
        this.copy = new CopyBinary(settings);
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(table.setLoggedSql(false));
            long stored = copy.load(connection, rows);
            statement.execute(table.setLoggedSql(true));
            return stored;
        }
    }
}
