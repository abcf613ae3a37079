package org.pgloadbench.bench.launch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.pgloadbench.dataset.LoadVerifier;
import org.pgloadbench.dataset.RowChecksum;
import org.pgloadbench.dataset.RowGenerator;
import org.pgloadbench.dataset.RowSource;
import org.pgloadbench.dataset.Table;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.Distribution;
import org.pgloadbench.strategy.CopyFormat;
import org.pgloadbench.strategy.LoadStrategy;
import org.pgloadbench.strategy.StrategyContext;
import org.pgloadbench.strategy.StrategySettings;

/**
 * One small load of a planned benchmark, into its table distributed as the run's forks will
 * distribute it, verified like a measured load: how a run learns before measuring what a Citus
 * cluster refuses, in the server's own words, rather than failing half way through.
 */
public final class TrialLoad {
    private static final int ROWS = 100;

    private TrialLoad() {}

    /**
     * Creates and distributes the table, then drops it: a table the cluster cannot distribute (a
     * unique constraint without the distribution column, say) fails here, for every strategy alike.
     *
     * @throws SQLException with the server's message where it cannot
     */
    public static void distribute(Table table, ConnectionSettings settings, Distribution distribution)
            throws SQLException {
        try (Connection connection = settings.open()) {
            execute(connection, table.dropSql());
            try {
                table.create(connection);
                distribution.apply(connection, table.quotedName(), table.distributionColumn());
            } finally {
                execute(connection, table.dropSql());
            }
        }
    }

    /**
     * The server's message where the trial with these connections and this format failed or did
     * not verify; empty where it loaded every row exactly.
     *
     * @throws SQLException where the server cannot be reached or the table made at all
     */
    public static Optional<String> failure(
            PlannedRun run,
            int connections,
            CopyFormat format,
            ConnectionSettings settings,
            Distribution distribution,
            Path serverFiles)
            throws SQLException {
        Table table = run.table();
        try (Connection connection = settings.open()) {
            execute(connection, table.dropSql());
            table.create(connection);
            distribution.apply(connection, table.quotedName(), table.distributionColumn());
            Optional<String> failure = Optional.empty();
            RowSource rows = run.dataset().source(table.shape(), ROWS, RowGenerator.DEFAULT_SEED, false);
            try (LoadStrategy loader = run.strategy()
                    .create(new StrategySettings(
                            table, run.rowsPerStatement().get(0), run.badRowPercent(), connections, format))) {
                loader.prepare(new StrategyContext(settings, connection, serverFiles));
                loader.reset(connection, rows);
                long stored = loader.load(connection, rows);
                new LoadVerifier(table)
                        .verify(
                                run.strategy().name(),
                                RowChecksum.of(table.shape(), rows, loader.storesRow()),
                                stored,
                                ROWS,
                                connection);
            } catch (SQLException | LoadVerifier.LoadVerificationException e) {
                failure = Optional.of(firstLine(e.getMessage()));
            }
            dropAfterwards(connection, table);
            return failure;
        }
    }

    /** Best effort: a failed load may have left the connection in an aborted transaction, or broken it. */
    private static void dropAfterwards(Connection connection, Table table) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            execute(connection, table.dropSql());
        } catch (SQLException e) {
            // The next trial, and the fork after it, drop the table before they create it.
        }
    }

    /** pgjdbc puts the server's Where and Hint lines after the message itself. */
    public static String firstLine(String message) {
        String line =
                message == null ? "no message" : message.lines().findFirst().orElse("no message");
        return line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
