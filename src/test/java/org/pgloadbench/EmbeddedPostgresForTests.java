package org.pgloadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.pgloadbench.lifecycle.RunDirectory;
import org.pgloadbench.server.Durability;
import org.pgloadbench.server.PostgresServer;
import org.pgloadbench.server.ServerRequest;
import org.pgloadbench.server.Servers;
import org.pgloadbench.server.Target;
import org.pgloadbench.strategy.StrategyContext;

/** One embedded PostgreSQL 18 per test JVM, started on first use and stopped at exit. */
public final class EmbeddedPostgresForTests {
    private static PostgresServer server;
    private static RunDirectory runDirectory;

    private EmbeddedPostgresForTests() {}

    public static synchronized PostgresServer server() {
        if (server == null) {
            try {
                runDirectory = RunDirectory.create(System.out);
                server = Servers.start(
                        new ServerRequest(Target.EMBEDDED, null, null, null, Durability.SAFE, Map.of(), Map.of()),
                        runDirectory);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    runDirectory.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /**
     * A database of the test server's own, made afresh (any sessions still in an earlier one of the
     * name ended), for what one test does to it; returns its URL without a user.
     */
    public static String freshDatabase(String name) throws SQLException {
        try (Connection admin = server().connection().open();
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        return server().connection().jdbcUrl().replaceFirst("/[^/?]*$", "/" + name);
    }

    /** What a strategy prepares with, as a fork gives it: the server, the benchmark's connection and the run's directory for server files. */
    public static StrategyContext context(Connection connection) {
        return new StrategyContext(server().connection(), connection, RunDirectory.serverFiles(runDirectory.path()));
    }
}
