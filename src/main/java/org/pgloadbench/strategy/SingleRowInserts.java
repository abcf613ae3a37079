package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/** One prepared single-row INSERT executed once per row: the loop both INSERT strategies share. */
final class SingleRowInserts {
    private final String sql;
    private final JdbcRowBinder binder;

    SingleRowInserts(Table table) {
        this.sql = table.insertIntoSql() + "VALUES "
                + MultiRowValues.placeholders(table.columns().size());
        this.binder = new JdbcRowBinder(table.columns());
    }

    long insertEach(Connection connection, RowSource rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            return rows.forEachChunk(1, (chunk, firstRow) -> {
                long stored = 0;
                for (int row = 0; row < chunk.size(); row++) {
                    binder.bind(insert, 1, chunk, row);
                    stored += insert.executeUpdate();
                }
                return stored;
            });
        }
    }
}
