package org.pgloadbench.bench;

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

    private TrialLoad() {
    }

    /** The server's message where the trial failed or did not verify; empty where it loaded every row exactly. */
    public static Optional<String> failure(PlannedRun run, ConnectionSettings settings, Distribution distribution) throws SQLException {
        Table table = run.table();
        try (Connection connection = settings.open()) {
            execute(connection, table.dropSql());
            try {
                table.create(connection);
                distribution.apply(connection, table.quotedName(), table.distributionColumn());
                RowSource rows = run.dataset().source(table.shape(), ROWS, RowGenerator.DEFAULT_SEED, false);
                try (LoadStrategy loader = run.strategy().create(new StrategySettings(table, run.rowsPerStatement().get(0),
                        run.badRowPercent(), run.connections().get(0), run.formats().get(0)))) {
                    loader.prepare(new StrategyContext(settings, connection));
                    loader.reset(connection, rows);
                    long stored = loader.load(connection, rows);
                    new LoadVerifier(table).verify(run.strategy().name(), RowChecksum.of(table.shape(), rows, loader.storesRow()),
                            stored, ROWS, connection);
                }
                return Optional.empty();
            } catch (SQLException | LoadVerifier.LoadVerificationException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                return Optional.of(firstLine(e.getMessage()));
            } finally {
                connection.setAutoCommit(true);
                execute(connection, table.dropSql());
            }
        }
    }

    /** pgjdbc puts the server's Where and Hint lines after the message itself. */
    private static String firstLine(String message) {
        String line = message == null ? "no message" : message.lines().findFirst().orElse("no message");
        return line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
