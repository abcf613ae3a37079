package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.IntPredicate;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;

/**
 * One way of getting rows into PostgreSQL. A strategy knows nothing of benchmarking: it loads the
 * rows it is given into an empty table and says how many the server reports it stored.
 */
public interface LoadStrategy {
    /**
     * Loads every row, committing before it returns.
     *
     * @return the number of rows the server reported as stored (update counts or COPY's tag)
     */
    long load(Connection connection, RowSource rows) throws SQLException;

    /** Loads rows held in memory. */
    default long load(Connection connection, Rows rows) throws SQLException {
        return load(connection, RowSource.of(rows));
    }

    /** Which rows must be in the table afterwards; all of them unless the strategy drops some on purpose. */
    default IntPredicate storesRow() {
        return row -> true;
    }
}
