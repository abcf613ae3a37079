package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.UsersTable;

/** One prepared single-row INSERT executed once per row: the loop both INSERT strategies share. */
final class SingleRowInserts {
    private final String sql;

    SingleRowInserts(UsersTable table) {
        this.sql = table.insertIntoSql() + "VALUES (?, ?, ?, ?, ?)";
    }

    long insertEach(Connection connection, RowSource rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            return rows.forEachChunk(1, (chunk, firstRow) -> {
                long stored = 0;
                for (int row = 0; row < chunk.size(); row++) {
                    JdbcRowBinder.bind(insert, 1, chunk, row);
                    stored += insert.executeUpdate();
                }
                return stored;
            });
        }
    }
}
