package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.UsersTable;

/**
 * The target an upsert meets: every other row's key already present, with other values, so half
 * the loaded rows update and half insert. Filled before each load, untimed; a correct upsert leaves
 * exactly the loaded rows, so the usual verification proves it.
 */
final class HalfOfTheKeys {
    private HalfOfTheKeys() {
    }

    static void fill(Connection connection, UsersTable table, RowSource rows) throws SQLException {
        long[] ids = new long[(rows.size() + 1) / 2];
        rows.forEachChunk(1, (chunk, firstRow) -> {
            for (int row = 0; row < chunk.size(); row++) {
                if ((firstRow + row) % 2 == 0) {
                    ids[(firstRow + row) / 2] = chunk.id(row);
                }
            }
            return 0;
        });
        try (PreparedStatement insert = connection.prepareStatement(table.insertIntoSql()
                + "SELECT id, 'stale ' || id, NULL, -1, '2000-01-01T00:00:00Z' FROM unnest(?::bigint[]) AS id")) {
            insert.setObject(1, ids);
            insert.executeUpdate();
        }
    }
}
