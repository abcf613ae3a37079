package org.pgloadbench.strategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.pgloadbench.dataset.RowSource;

/**
 * {@link JdbcBatch}'s code on a connection opened with pgjdbc's {@code reWriteBatchedInserts=true}:
 * the one-line change that turns an application's JDBC batches into multi-row INSERTs.
 *
 * <p>The driver rewrites a batch of one {@code INSERT ... VALUES} into multi-row VALUES statements
 * in power-of-two groups: since pgjdbc 42.7.13 up to floor(65535 / parameters per row) rounded down
 * to a power of two and at most 32768 rows (8192 for this five-column table), before that 128. So the
 * server does the work of {@link MultiRowValues} while the application keeps its per-row
 * {@code addBatch}. The price: update counts come back as {@code SUCCESS_NO_INFO}, so the
 * application no longer learns how many rows each statement stored (verification here rests on
 * the table). The driver version is in every result file's environment.
 */
final class JdbcBatchRewrite implements LoadStrategy {
    private final SingleRowBatches batches;
    private Connection rewriting;

    JdbcBatchRewrite(StrategySettings settings) {
        this.batches = new SingleRowBatches(settings.table(), settings.rowsPerStatement());
    }

    /** A connection of its own, since the property is fixed when a connection opens. */
    @Override
    public void prepare(StrategyContext context) throws SQLException {
        rewriting = context.server().open(Map.of("reWriteBatchedInserts", "true"));
    }

    @Override
    public long load(Connection connection, RowSource rows) throws SQLException {
        return batches.load(rewriting, rows);
    }

    @Override
    public List<Connection> ownConnections() {
        return List.of(rewriting);
    }

    @Override
    public void close() throws SQLException {
        if (rewriting != null) {
            rewriting.close();
        }
    }
}
