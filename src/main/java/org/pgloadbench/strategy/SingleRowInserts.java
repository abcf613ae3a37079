package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.pgloadbench.dataset.Rows;
import org.pgloadbench.dataset.UsersTable;

/** One prepared single-row INSERT executed once per row: the loop both INSERT strategies share. */
final class SingleRowInserts {
    private final String sql;

    SingleRowInserts(UsersTable table) {
        this.sql = table.insertIntoSql() + "VALUES (?, ?, ?, ?, ?)";
    }

    long insertEach(Connection connection, Rows rows) throws SQLException {
        long stored = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int row = 0; row < rows.size(); row++) {
                JdbcRowBinder.bind(insert, 1, rows, row);
                stored += insert.executeUpdate();
            }
        }
        return stored;
    }
}
