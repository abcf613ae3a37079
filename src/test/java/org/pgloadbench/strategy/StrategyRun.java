package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import org.pgloadbench.EmbeddedPostgresForTests;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Rows;

/** A strategy driven through its whole lifecycle as the benchmark drives it: prepared once, reset before each load. */
final class StrategyRun implements AutoCloseable {
    final LoadStrategy loader;
    private final Connection connection;

    StrategyRun(Strategy strategy, StrategySettings settings, Connection connection) throws SQLException {
        this.loader = strategy.create(settings);
        this.connection = connection;
        loader.prepare(EmbeddedPostgresForTests.context(connection));
    }

    long load(RowSource rows) throws SQLException {
        loader.reset(connection, rows);
        return loader.load(connection, rows);
    }

    long load(Rows rows) throws SQLException {
        return load(RowSource.of(rows));
    }

    @Override
    public void close() throws SQLException {
        loader.close();
    }
}
