package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;

/**
 * Rows put into a table before the loads, by binary COPY and untimed: what a benchmark sets up, such
 * as the rows a table already holds. Not a strategy: nothing written here is measured.
 */
public final class TableFill {
    private TableFill() {}

    /** Every row, a chunk at a time; returns the count the server reported. */
    public static long binaryCopy(Connection connection, Table table, RowSource rows) throws SQLException {
        return CopyInStream.copy(
                connection,
                table.copyFromStdinSql(" (FORMAT binary)"),
                out -> new BinaryCopyEncoder(out, table.columns()).writeAll(rows));
    }
}
