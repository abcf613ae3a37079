package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntPredicate;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;

/**
 * One way of getting rows into PostgreSQL. A strategy knows nothing of benchmarking: it loads the
 * rows it is given into its table (empty, or holding rows it must leave as they are) and says how
 * many the server reports it stored.
 *
 * <p>Its lifecycle keeps everything that is not loading out of the timed part: {@link #prepare}
 * once (connections and threads of its own, a staging table), {@link #reset} before every load
 * (say, re-filling the keys an upsert will meet), {@link #load} (timed), {@link #close}.
 */
public interface LoadStrategy extends AutoCloseable {
    /** What {@link #load} returns where the driver reports no row count; the table alone is then checked. */
    long COUNT_NOT_REPORTED = -1;

    /** Untimed, once, before the first load. */
    default void prepare(StrategyContext context) throws SQLException {}

    /** Untimed, before every load, with the table as the load will find it. */
    default void reset(Connection connection, RowSource rows) throws SQLException {}

    /**
     * Loads every row, committing before it returns.
     *
     * @return the number of rows the server reported as stored (update counts or COPY's tag), or
     *         {@link #COUNT_NOT_REPORTED}
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

    /** The connections of its own a load runs on (a parallel load's); empty when it runs on the one it is given. */
    default List<Connection> ownConnections() {
        return List.of();
    }

    /** Releases what {@link #prepare} acquired. */
    @Override
    default void close() throws SQLException {}
}
